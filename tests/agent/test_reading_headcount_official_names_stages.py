"""Classes read by the data of the language packs:
- a headcount with "total" beside it ("30 employees total") is the count only, never a course's total hours;
- a country written by its official name (中華人民共和国, 大韓民国, ベトナム社会主義共和国) is that country;
- a trainee's stage written as an ordinal ("first stage trainees", "第1段階の技能実習", "技能実習の第二段階") is read as the stage
  the documents number (No.1 / 第1号 ...), so what is searched names it."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "We have 30 employees total. How many trainees can we accept?",
    "30 employees total, how many trainees?",
    "in total 30 staff, trainee quota?",
])
def test_a_headcount_total_is_no_hours(text: str) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert slots.get("full_time_employees") == 30 and "total_hours" not in slots


def test_a_course_total_is_still_hours() -> None:
    slots = UNDERSTANDER.parse("The course is 30 hours total, 15 hours practical. OK for Re-Skills?").slots
    assert slots.get("total_hours") == 30 and slots.get("practical_hours") == 15


@pytest.mark.parametrize(("text", "country"), [
    ("中華人民共和国の国籍で、25歳です。JIPに応募できますか？", "China"),
    ("国籍は大韓民国です。28歳、JIPに応募できますか？", "South Korea"),
    ("ベトナム社会主義共和国の国籍で、30歳です。JIPに応募できますか？", "Viet Nam"),
    ("I'm a citizen of the People's Republic of China, 25. Can I apply for JIP?", "China"),
])
def test_an_official_country_name_is_the_country(text: str, country: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("nationality") == country


@pytest.mark.parametrize(("text", "stage"), [
    ("How long is the first stage of technical intern training?", "No.1"),
    ("Can second stage trainees change companies?", "No.2"),
    ("Who can become a 3rd stage trainee?", "No.3"),
    ("第1段階の技能実習は何年ですか？", "第1号"),
    ("技能実習の第二段階に進むには試験が必要ですか？", "第2号"),
])
def test_a_stage_as_an_ordinal_is_the_numbered_stage(text: str, stage: str) -> None:
    assert stage in UNDERSTANDER.parse(text).text


def test_a_stage_of_something_else_is_left_alone() -> None:
    assert "No.1" not in UNDERSTANDER.parse("What is the first stage of the application?").text
