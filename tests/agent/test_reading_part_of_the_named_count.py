"""A part said of a count it names ("5 of those 45 are part-timers working 20 hours a week", "2 of those 45 are
trainees"): the part is the first number, the count the second; never the count read as the part (before, the
follow-up took 45 part-timers out of 45, and the quota was run again on 45)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,part", [
    ("Also I forgot to say 5 of those 45 are part-timers working 20 hours a week.", 5),
    ("2 of those 45 are trainees", 2),
    ("by the way, 3 of these 45 are technical intern trainees already", 3),
])
def test_the_part_is_the_number_before_the_count(text: str, part: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.parts["full_time_employees"][0] == part


@pytest.mark.parametrize("text,count", [
    ("We have 45 full-time staff, 3 of those 45 are trainees. How many can we take?", 42),
    ("45 people, of those 5 are part-timers", 40),
    ("5 of our 45 staff are part-timers working 20 hours a week", 40),
])
def test_a_count_with_its_part_in_one_message(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count


def test_the_follow_up_runs_the_quota_without_the_part(bot) -> None:
    reply = converse(bot, "We have 45 full-time employees. How many technical intern trainees can we accept?",
                     "Also I forgot to say 5 of those 45 are part-timers working 20 hours a week.")
    assert [c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")] == [40]
