"""A negated beginner or basic level ("not beginner level, it's for engineers with 3+ years experience") is no
basic-IT course: the course is checked on its hours, never excluded as basic IT; a course stated as basic IT still is."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call, slots_of


@pytest.mark.parametrize("text", [
    "we're planning a data science bootcamp for working adults (not beginner level, it's for engineers with 3+ years "
    "experience). 40 hours total, 18 hours are hands-on exercises.",
    "our machine learning course is not an introductory course, 40 hours total and 20 hours practical",
])
def test_a_negated_basic_level_is_no_basic_it(text: str) -> None:
    assert "basic_it_only" not in slots_of(text)


def test_a_basic_it_course_stays_basic_it() -> None:
    assert slots_of("a basic IT course for beginners, 40 hours total, 20 hours practical")["basic_it_only"] is True


def test_the_course_is_checked_on_its_hours(bot) -> None:
    call = last_calculator_call(bot, [
        "we're an IT training school planning a data science bootcamp (not beginner level, it's for engineers with 3+ "
        "years experience). 40 hours total, 18 hours are hands-on exercises and presentations. enough for Re-Skills?",
        "what if we add 4 more hours of group exercises, so 22 practical hours out of 44 total?"])
    assert call.name == "reskills_course_check"
    assert call.args.get("basic_it_only") is not True
    assert (call.args["practical_hours"], call.args["total_hours"]) == (22, 44)
