"""Class: a figure that can never be (a negative headcount or number of hours: "We have -20 full-time employees",
「従業員は-5人です」) is named as not usable, asked for again, and the reply is a refusal to compute; a figure that
only needs saying otherwise (a fraction, a range) is asked about without a refusal."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators


@pytest.mark.parametrize("question,shown", [
    ("We have -20 full-time employees. How many trainees can we take?", "-20"),
    ("We have -5 employees: how many trainees can we accept?", "-5"),
    ("従業員は-5人です。実習生は何人受け入れられますか？", "-5"),
])
def test_a_negative_count_is_named_and_refused(bot, question: str, shown: str) -> None:
    reply = converse(bot, question)
    assert reply.refused
    assert not calculators(reply)
    assert shown in reply.answer
    assert reply.follow_up


def test_a_fraction_is_asked_about_without_a_refusal(bot) -> None:
    reply = converse(bot, "We have 12.5 full-time employees. How many trainees can we have?")
    assert not reply.refused
    assert "12.5" in reply.answer


def test_the_figure_given_after_the_refusal_runs_the_calculation(bot) -> None:
    reply = converse(bot, "We have -20 full-time employees. How many trainees can we take?", "sorry, 20")
    calls = [c for c in calculators(reply) if c.name == "trainee_quota"]
    assert calls and calls[-1].args.get("full_time_employees") == 20
