"""The age rule asked (the age limit, the day age is counted on) beside the asker's or the applicant's own age runs
the eligibility check with that age: the reply gives the reference day and the range, never "the documents do not state"
(a self-introduction stating the age had left the question alone, naming no program, to be refused)."""

from __future__ import annotations

import pytest

from reading_checks import calls_named
from support import converse


@pytest.mark.parametrize("message, age", [
    ("I'm 17 now and turn 18 in late September 2024. What date do they use for the age limit?", 17),
    ("I am 41. Is there an age limit?", 41),
    ("My daughter is 19. How is her age counted, as of which date?", 19),
    ("今17歳で、2024年9月に18歳になります。年齢はいつ時点で判断されますか？", 17),
    ("41歳ですが、年齢制限はありますか？", 41),
    ("娘は19歳です。年齢の基準日はいつですか？", 19),
])
def test_the_age_rule_with_an_age_runs_the_check(bot, message: str, age: int) -> None:
    reply = converse(bot, message)
    calls = calls_named(reply, "jip_eligibility")
    assert calls and calls[-1].args["age"] == age, reply.tool_calls
    assert not reply.refused, reply.answer
    assert "18" in reply.answer and ("2024-08-01" in reply.answer or "August 1, 2024" in reply.answer
                                     or "2024年8月1日" in reply.answer), reply.answer


@pytest.mark.parametrize("message", [
    "What is the age limit for JIP?",
    "JIPの年齢制限は何歳までですか？",
    "I'm 39. How old can technical intern trainees be?",
])
def test_the_age_rule_without_an_age_or_of_another_program_checks_no_one(bot, message: str) -> None:
    reply = converse(bot, message)
    assert not calls_named(reply, "jip_eligibility"), reply.tool_calls
