"""Review item: one figure written outside given spans (``Understander._said_apart``), for its two callers, each with
its own meaning of a value not written in figures at all:
- an age beside a birth date: the age is no reading of the date's day or month ("born 10/09/1984": 9) nor of the ages a
  rule's limit is said with ("is over 40 a problem"); an age not written in figures ("forty-three") is said apart;
- a course's practical hours beside a share of practical work: hours written only inside the share's own words ("two
  3rds": 3) are none of the user's; hours not written in figures are none of the text's either."""

from __future__ import annotations

import pytest

from bot.agent.understand import AGE_FIGURE, Understander
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,age,note", [
    # the day or month of the birth date is no age: the age is the birth date's
    ("I was born 10/09/1984, from Nepal, N2, living in Kathmandu. JIP?", 39, "reading.age_birth_date_day_month"),
    # the rule's limit is no age
    ("born 12 May 1983, from Nepal. is over 40 a problem for JIP?", 41, "reading.birth_date"),
    # an age written apart, in figures or in words, is the stated age (the birth date gives the rule's)
    ("I'm 43 now, born in March 1982, from Nepal. JIP?", 42, "reading.age_birth_date_over_stated"),
    ("I'm forty-three now, born in March 1982, from Nepal. JIP?", 42, "reading.age_birth_date_over_stated"),
])
def test_an_age_beside_a_birth_date(text: str, age: int, note: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("age") == age
    assert note in [key for key, _ in parsed.notes]


@pytest.mark.parametrize("text,expected", [
    # hours read only from the share's own words are none of the user's
    ("The course is 30 hours, two 3rds of it hands-on practice. Re-Skills ok?",
     {"total_hours": 30, "practical_hours": None}),
    ("30時間の講座で、その3分の2が実習です。Reスキルの対象ですか？", {"total_hours": 30, "practical_hours": None}),
    # hours written apart from the share are the course's own
    ("The course is 30 hours with 20 hours of exercises, two thirds of it hands-on. Re-Skills ok?",
     {"total_hours": 30, "practical_hours": 20}),
])
def test_practical_hours_beside_a_share(text: str, expected: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in expected} == expected, parsed.slots
    assert round(parsed.slots["practical_share"], 1) == 66.7


@pytest.mark.parametrize("value,text,spans,figure,unwritten,expected", [
    # an age: written only inside the birth date or a rule's limit is not said apart; written elsewhere it is
    (9, "born 10/09/1984", [(5, 15)], AGE_FIGURE, True, False),
    (40, "born 12 May 1983, is over 40 a problem?", [(5, 16), (26, 33)], AGE_FIGURE, True, False),
    (41, "I am 41, born 12 May 1983", [(14, 25)], AGE_FIGURE, True, True),
    # an age not written in figures is said apart (the age caller's meaning)
    (42, "I am forty-two, born in March 1982", [(24, 34)], AGE_FIGURE, True, True),
    # a figure with thousands separators is read whole (an age's one to three digits are not)
    (1200, "total 1,200 hours, two thirds of it hands-on", [(19, 29)], None, False, True),
    # hours written only inside the share's words are not said apart; not written at all, neither (the hours caller's)
    (3, "30 hours, two 3rds of it hands-on", [(10, 18)], None, False, False),
    (20, "30 hours, two thirds of it hands-on", [(10, 20)], None, False, False),
])
def test_said_apart_with_each_callers_meaning(value, text, spans, figure, unwritten, expected) -> None:
    kwargs = {"figure": figure} if figure else {}
    assert Understander._said_apart(value, text, spans, unwritten=unwritten, **kwargs) is expected
