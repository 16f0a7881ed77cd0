"""A course told as its days x the hours of a day with day ranges of one kind each: a day range is never hours; the
total is days x hours and the practical hours the practical days x hours ("10 days x 6 hours. Day 1-4 lectures, day
5-10 hands-on projects" -> 60 total, 36 practical) (bot/agent/understand.py `_course_day_ranges`; pack section
``course_day_ranges``, note ``reading.schedule``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "total", "practical"), [
    ("Our AI course: 10 days x 6 hours. Day 1-4 lectures, day 5-10 hands-on projects. Re-Skills ok?", 60, 36),
    ("Our AI course: 10 days, 6 hours a day. Days 1-4: lectures. Days 5-10: hands-on projects. Re-Skills ok?", 60, 36),
    ("A cloud bootcamp of 5 days x 7 hours: days 1 to 2 theory, days 3 to 5 labs. Is it eligible?", 35, 21),
    ("AI講座：10日間×6時間。1〜4日目は講義、5〜10日目はハンズオン演習です。Reスキルの対象になりますか？", 60, 36),
    ("データ分析講座は8日間、1日5時間です。1～3日目は座学、4～8日目は演習。認定されますか？", 40, 25),
])
def test_course_day_ranges_are_days_never_hours(text: str, total: int, practical: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "reskills_course_check" in parsed.intents
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (total, practical)
    assert any(key == "reading.schedule" for key, _ in parsed.notes)


@pytest.mark.parametrize("text", [
    "Our AI course: 10 days x 6 hours. Day 1-4 lectures, day 5-8 hands-on projects. Re-Skills ok?",  # days 9-10 untold
    "Our course: 5 days x 6 hours. Days 1-2 theory and labs, days 3-5 workshops.",  # a range of two kinds
    "AI講座：10日間×6時間。1〜4日目は講義、5〜8日目はハンズオン演習です。",
])
def test_course_day_ranges_not_covering_the_course_are_not_computed(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not any(key == "reading.schedule" for key, _ in parsed.notes)
