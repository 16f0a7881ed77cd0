"""Class: a bare "how many trainees?" after the full-time staff counted by role, the roles joined by "+" or "and" ("9
welders + 2 office, all full time. how many trainees?") is a quota ask on that count (pack pattern ``quota_cue``),
not a knowledge search; a year or a count of trainees before it is no headcount."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators


@pytest.mark.parametrize("text,count", [
    ("9 welders + 2 office, all full time. how many trainees?", 11),
    ("9 welders and 2 office staff, all full time. how many trainees?", 11),
    ("12 on the line + 3 office, all full-time. how many interns then?", 15),
])
def test_staff_counted_by_role_then_how_many_trainees_runs_the_quota(bot, text: str, count: int) -> None:
    (call,) = calculators(converse(bot, text))
    assert call.name == "trainee_quota"
    assert call.args["full_time_employees"] == count


@pytest.mark.parametrize("text", [
    "In 2019 how many trainees?",
    "We had 3 trainees last year. how many interns?",
])
def test_a_year_or_a_trainee_count_is_no_headcount(bot, text: str) -> None:
    assert not calculators(converse(bot, text))
