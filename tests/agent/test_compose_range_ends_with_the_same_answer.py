"""A range whose two ends give the same answer ("between 55 and 60 full-time employees") says the answer once, under
both values and that they agree, instead of repeating it for each end; ends that differ are each answered."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("question, lead", [
    ("We have somewhere between 55 and 60 full-time employees, not excellent. How many technical intern trainees can we "
     "accept?", "55 or 60"),
    ("We have 55-60 full time staff. How many trainees can we take?", "55 or 60"),
    ("常勤職員は55〜60人くらいです。優良ではありません。技能実習生は何人受け入れられますか？", "55でも60でも"),
])
def test_ends_with_the_same_answer_say_it_once(bot, question: str, lead: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    counts = sorted(call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota"))
    assert counts == [55, 60], reply.tool_calls
    assert lead in reply.answer, reply.answer
    headline = reply.answer.split("\n\n")[1]
    assert reply.answer.count(headline) == 1, reply.answer
    assert "6" in headline, headline


def test_ends_that_differ_are_each_answered(bot) -> None:
    reply = converse(bot, "We have 45 to 55 full-time employees. How many trainees can we take?")
    assert "**With 45" in reply.answer and "**With 55" in reply.answer, reply.answer
