"""Class: a course's hours given per week (day, session) with the number of weeks are the whole course's hours,
computed exactly and said in the reply: "runs 10 weeks, each week 3 hours lecture and 2 hours hands-on lab" is 50 hours
in total, 20 practical (before: practical 2, the total asked, and "10 weeks" read as 70 days); 「10週間、毎週講義3時間と
実習2時間」 too. Without the number of periods one period's hours are checked (the share is the same) and the reply
says so; a total the message gives as a whole wins."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,total,practical", [
    ("We are IT training company in Tokyo (founder from India). Our new course 'machine learning for manufacturing' "
     "runs 10 weeks, each week 3 hours lecture and 2 hours hands-on lab. Can this course be certified as a Re-Skills "
     "course by METI? If not, what should we change?", 50, 20),
    ("A 12-session course: per session 2 hours of exercises and 1 hour of theory. Can it be certified?", 36, 24),
    ("Our data course lasts 8 weeks; every week 4 hours of practice and 2 hours of lectures. Re-Skills OK?", 48, 32),
    ("新しい講座は10週間で、毎週講義3時間と実習2時間です。Reスキル講座として認定されますか？", 50, 20),
    ("全12回の講座で、1回あたり演習2時間・講義1時間です。認定されますか？", 36, 24),
    ("週に3時間の講義と2時間の演習を8週間行うコースです。Reスキルの対象になりますか？", 40, 16),
])
def test_hours_per_period_times_the_periods_are_the_course(text: str, total: int, practical: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (total, practical)
    assert "days" not in parsed.slots and nlu.RESKILLS in parsed.intents
    assert "reading.course_per_period" in [k for k, _ in parsed.notes]


def test_one_periods_hours_without_the_count_are_checked_as_one_period() -> None:
    parsed = UNDERSTANDER.parse("Our bootcamp has 4 hours lecture and 4 hours lab weekly. Re-Skills OK?")
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (8, 4)
    note = dict(parsed.notes)["reading.course_per_period"]
    assert note["count"] is None


def test_a_total_given_as_a_whole_wins() -> None:
    parsed = UNDERSTANDER.parse("Our course is 60 hours in total, each week 3 hours lecture and 3 hours lab. Certified?")
    assert parsed.slots.get("total_hours") == 60
    assert "reading.course_per_period" not in [k for k, _ in parsed.notes]


@pytest.mark.parametrize("text,said", [
    ("Our new course runs 10 weeks, each week 3 hours lecture and 2 hours hands-on lab. Can this course be certified "
     "as a Re-Skills course?", "10 weeks × 5 hours = 50 hours"),
    ("新しい講座は10週間で、毎週講義3時間と実習2時間です。Reスキル講座として認定されますか？", "5時間 × 10 = 50時間"),
])
def test_the_course_check_runs_and_says_what_was_computed(bot, text: str, said: str) -> None:
    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "reskills_course_check")
    assert (call.args["total_hours"], call.args["practical_hours"]) == (50, 20)
    assert said in reply.answer and "40" in reply.answer
