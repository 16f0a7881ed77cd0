"""A test score ("IELTS 6.5", "TOEIC 750", 「TOEIC700点」) is no value a short reply gives: said in a follow-up to a pending
eligibility check it never becomes the age (the check ran with age 6.5 and asked for a whole number); it still says the
applicant is proficient in English."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander


@pytest.mark.parametrize("message", ["oh sorry i forgot, i also have IELTS 6.5, my english is good",
                                     "I have IELTS 6.5", "my TOEIC is 750", "TOEFL iBT 90 points", "TOEIC700点です"])
def test_a_score_is_no_number_of_the_message(message: str) -> None:
    parsed = repo_understander().parse(message)
    assert parsed.numbers == [] and "age" not in parsed.slots, (parsed.numbers, parsed.slots)
    assert parsed.slots.get("english_proficient") is True


@pytest.mark.parametrize("follow_up", ["oh sorry i forgot, i also have IELTS 6.5, my english is good",
                                       "also: TOEIC 750"])
def test_a_score_in_a_follow_up_keeps_the_age(bot, follow_up: str) -> None:
    reply = converse(bot, "salam, I am from Uzbekistan, 24 years, my japanese is N4 level. I live in Tashkent. can I do "
                          "the METI internship?", follow_up)
    calls = calls_named(reply, "jip_eligibility")
    assert calls and calls[0].args["age"] == 24 and calls[0].args["english_proficient"] is True, reply.tool_calls
