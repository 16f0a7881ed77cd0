"""A second calculator asked beside the first (a JIP eligibility check beside the support funds) runs too, with the
applicant's facts; another value of the funds' slot named only by a knowledge ask of its own ("can I apply to online
and in-person both at same time?") is no second scenario of the funds: that ask is searched and answered instead."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("question, eligibility, funds", [
    ("Hi. I am 33, Peruvian, living in Lima. I studied japanese and have JLPT N4, my english is only basic honestly, not "
     "good. 1) can I apply to the METI Japan Internship Program? 2) if I do the online internship for 20 days how much "
     "support money? 3) can I apply to online and in-person both at same time?",
     {"nationality": "Peru", "age": 33, "jlpt_level": "N4", "english_proficient": False, "residing_in_japan": False},
     {"mode": "online", "days": 20}),
    ("I'm 28, from Vietnam, living in Hanoi, JLPT N2. (1) Am I eligible for JIP? (2) how much for a 30 day online "
     "internship? (3) can I apply to online and in-person both at the same time?",
     {"age": 28, "jlpt_level": "N2", "residing_in_japan": False}, {"mode": "online", "days": 30}),
])
def test_the_eligibility_check_beside_the_funds_runs(bot, question: str, eligibility: dict, funds: dict) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    checks = calls_named(reply, "jip_eligibility")
    assert checks and all(checks[0].args.get(k) == v for k, v in eligibility.items()), reply.tool_calls
    money = calls_named(reply, "jip_support_funds")
    assert len(money) == 1 and money[0].args == funds, reply.tool_calls
    assert "**If" not in reply.answer, reply.answer


def test_the_ask_naming_both_modes_is_answered(bot) -> None:
    reply = converse(bot, "Hi. I am 33, Peruvian, living in Lima. I studied japanese and have JLPT N4, my english is only "
                          "basic honestly, not good. 1) can I apply to the METI Japan Internship Program? 2) if I do the "
                          "online internship for 20 days how much support money? 3) can I apply to online and in-person "
                          "both at same time?")
    assert re.search(r"(?i)apply for both", reply.answer), reply.answer


def test_the_other_mode_asked_to_be_computed_is_still_a_scenario(bot) -> None:
    reply = converse(bot, "JIP in person for 60 days, how much support money? And how much if it were online?")
    modes = [call.args.get("mode") for call in calls_named(reply, "jip_support_funds")]
    assert set(modes) == {"in_person", "online"}, reply.tool_calls
