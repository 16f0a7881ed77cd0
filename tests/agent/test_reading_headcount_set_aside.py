"""A count the user sets aside ("a sales office in Bangkok with 12 people, but they're not part of the numbers below",
"(not counted)", 「以下の人数には含みません」) is never the full-time headcount; the count stated as the full-time
headcount ("Full-time headcount here in Japan is 430") is, EN and JA. With no other count, none is assumed."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call, slots_of


@pytest.mark.parametrize("text, count", [
    ("We also have a sales office in Bangkok with 12 people, but they're not part of the numbers below. Full-time "
     "headcount here in Japan is 430, plus about 60 part-timers (4 hours a day). What is our trainee cap?", 430),
    ("Our sales office in Bangkok has 12 people, but they're not part of the numbers below. We have 45 employees. "
     "How many trainees can we take?", 45),
    ("There are 12 staff at our overseas branch (not counted). We employ 45 people. How many technical intern "
     "trainees can we accept?", 45),
    ("Our Manila team has 20 people, and they aren't included in the figures. 38 full-time staff in Japan. What is "
     "our technical intern trainee quota?", 38),
    ("バンコクの営業所に12人いますが、以下の人数には含みません。国内の常勤職員は430人です。技能実習生は何人まで受け入れられますか？", 430),
    ("バンコク営業所の社員12人は以下の人数に含みません。社員は45人です。技能実習生は何人まで受け入れられますか？", 45),
])
def test_the_count_set_aside_is_not_the_count(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text", [
    "We have 45 employees, trainees are not counted. How many trainees can we take?",
    "We have 45 staff (trainees not included). What is our quota?",
    "Our company has 45 full-time employees (plus about 40 contract part-timers, not counted). What is our quota?",
    "We have 45 full-time staff (plus 10 part-timers and 3 trainees who are not counted there). How many trainees?",
])
def test_a_part_left_out_keeps_the_count(text: str) -> None:
    assert slots_of(text).get("full_time_employees") == 45


def test_a_count_set_aside_alone_is_no_count() -> None:
    assert "full_time_employees" not in slots_of(
        "Our sales office in Bangkok has 12 people, but they're not part of the numbers below. How many trainees "
        "can we take?")


def test_the_quota_runs_on_the_full_time_headcount(bot) -> None:
    call = last_calculator_call(bot, [
        "Hello, I'm the HR manager at an auto-parts maker in Aichi. We also have a sales office in Bangkok with 12 "
        "people, but they're not part of the numbers below. Full-time headcount here in Japan is 430, plus about 60 "
        "part-timers (4 hours a day). We are a standard implementing organization, not excellent. What is our cap "
        "on No.1 and on No.2 technical intern trainees at the same time?"])
    assert call.name == "trainee_quota"
    assert call.args["full_time_employees"] == 430
    assert call.args["excellent"] is False
