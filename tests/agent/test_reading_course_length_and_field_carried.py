"""A course's length written before a longer name ("an 80-hour machine learning engineer course") is its total, and
the field a lead names ("We are a training school planning a cloud security bootcamp. Is that a field Re-Skills
covers?") is kept when the next turn gives the hours: the check once ran with "No field given"."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, total, practical", [
    ("We run an 80-hour machine learning engineer course for working people. 36 hours of that is hands-on labs and "
     "project presentations, the rest is lectures. Can this be certified as a Re-Skills course?", 80, 36),
    ("We offer a 120-hour applied data science engineer course; 70 hours are practical exercises. Re-Skills ok?",
     120, 70),
    ("a 60-hour cloud security engineer bootcamp, 35 hours hands-on. Does it qualify for Re-Skills?", 60, 35),
    ("Our 40 hour AI course has 24 hours of labs. Does it meet the Re-Skills requirements?", 40, 24),
])
def test_a_length_before_the_course_name_is_the_total(text: str, total: int, practical: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (total, practical), parsed.slots


def test_hours_of_a_part_inside_the_course_are_no_total() -> None:
    parsed = UNDERSTANDER.parse("Our 36 hours of labs in the course are hands-on. The course is 80 hours. Re-Skills?")
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (80, 36), parsed.slots


@pytest.mark.parametrize("first, second, field", [
    ("We are a training school in Fukuoka planning a cloud security bootcamp for working engineers. Is that a field "
     "the Re-Skills certification covers?", "100 hours in total, 60 of those are hands-on labs. can it be certified?",
     "security"),
    ("We are an IT school preparing a data science course for working people. Does Re-Skills cover that field?",
     "80 hours total, 50 hours of exercises. Would it qualify?", "data science"),
])
def test_the_field_of_the_lead_carries_to_the_check(bot, first: str, second: str, field: str) -> None:
    reply = converse(bot, first, second)
    calls = [c for c in reply.tool_calls if c.name == "reskills_course_check"]
    assert calls and calls[-1].args.get("field") == field, (reply.answer, reply.tool_calls)
    assert "No field given" not in reply.answer
