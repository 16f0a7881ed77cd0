"""The quota reply at the smallest headcounts reads as a person would say it.

With no full-time employees the reply says trainees cannot be accepted yet (never "up to 0 No.1 trainees", in either
language); with one, a limit of one is a trainee in the singular."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("text, says", [
    ("We have 0 full-time employees. How many technical intern trainees can we accept?", "cannot accept"),
    ("zero full-time staff right now, how many trainees can we take?", "cannot accept"),
    ("常勤職員は0人です。技能実習生は何人受け入れられますか", "受け入れられません"),
    ("常勤職員０名の会社です。実習生の受入れ人数枠は？", "受け入れられません"),
])
def test_no_full_time_employees_says_none_can_be_accepted(bot, text: str, says: str) -> None:
    reply = converse(bot, text)
    (call,) = calls_named(reply, "trainee_quota")
    assert call.args["full_time_employees"] == 0
    assert says in reply.answer.split("\n")[0]
    assert "up to 0" not in reply.answer and "0人まで" not in reply.answer


@pytest.mark.parametrize("text", [
    "We have 1 full-time employee. How many technical intern trainees can we accept?",
    "one full-time employee only - trainee limit?",
])
def test_a_limit_of_one_is_one_trainee(bot, text: str) -> None:
    reply = converse(bot, text)
    assert "up to 1 No.1 trainee at" in reply.answer
    assert "1 No.1 trainees" not in reply.answer and "1 new No.1 trainees" not in reply.answer
