"""Staff of an office abroad named by the office's kind ("12 of them work at our overseas branch", "based at our office
abroad") or without a staff noun ("including 12 at our Bangkok branch") are no full-time employees; people "from" a
country are its nationals, counted where they work ("including 4 workers from Vietnam"). A part of a count is trainees
only when the clause says so: 「そのうち12人は海外支店に勤務しています（技能実習生はまだいません）」 subtracts the 12 once, as
staff abroad, never again as trainees; trainees said to be none are no part."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize(("text", "count"), [
    ("We have 342 full-time staff, 12 of them work at our overseas branch (no trainees yet). How many No.1?", 330),
    ("We have 342 full-time staff; 12 of whom are based at our office abroad. How many No.1 trainees?", 330),
    ("342 full-time employees including 12 at our Bangkok branch. What is our No.1 limit?", 330),
    ("We have 60 full-time employees, including 4 staff from our Hanoi office. How many No.1 trainees can we accept?",
     56),
    ("常勤の社員は342人ですが、そのうち12人は海外支店に勤務しています（技能実習生はまだいません）。1号と2号は何人まで？", 330),
    ("常勤は342名で、そのうち12名は海外支店勤務です。技能実習生はいません。1号は何人まで受け入れられますか？", 330),
])
def test_staff_abroad_are_subtracted_once(text: str, count: int) -> None:
    assert slots_of(text)["full_time_employees"] == count


@pytest.mark.parametrize(("text", "count"), [
    ("We have 60 full-time employees, including 4 from Vietnam. How many No.1 trainees can we accept?", 60),
    ("We have 60 full-time employees, including 4 workers from Vietnam. How many No.1 trainees can we accept?", 60),
    ("45 full-time employees including 5 at our Osaka branch. What is our No.1 limit?", 45),
    ("常勤50人です（技能実習生はまだいません）。1号の枠は何人ですか？", 50),
])
def test_nationals_and_staff_in_japan_stay_counted(text: str, count: int) -> None:
    assert slots_of(text)["full_time_employees"] == count


@pytest.mark.parametrize(("text", "count"), [
    ("社員は全部で54人ですが、そのうち6人は技能実習生です。1号は何人まで？", 48),
    ("常勤50人、そのうち3人はベトナム人の技能実習生です。1号の枠は？", 47),
])
def test_trainees_said_within_the_clause_are_still_subtracted(text: str, count: int) -> None:
    assert slots_of(text)["full_time_employees"] == count
