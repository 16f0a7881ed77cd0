"""A wish to apply followed by "possible?" ("i want to apply the METI internship in person, possible?", "I would like
to join JIP, is it possible?") asks the applicant's eligibility: the self-introduction before it is the applicant's
facts, not context to a knowledge question. Before, "hi, im indian (26), doing my masters in Osaka right now, english
fluent. i want to apply the METI internship in person, possible?" read no facts and searched."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

ASKS = [
    "hi, im indian (26), doing my masters in Osaka right now, english fluent. i want to apply the METI internship in "
    "person, possible?",
    "Hello. I am Kenyan, 29, living in Nairobi, fluent English. I would like to join the METI internship, is it "
    "possible?",
    "I'm Vietnamese, 31, N2, I live in Hanoi. I wish to apply for JIP this year. Is this possible?",
    "hey, Nepali 27 yrs, in Kathmandu, JLPT N3. want to participate in the japan internship program, possible??",
]


@pytest.mark.parametrize("text", ASKS)
def test_a_wish_to_apply_with_possible_asks_eligibility_with_the_introductions_facts(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "jip_eligibility" in parsed.intents
    assert parsed.slots.get("nationality") and isinstance(parsed.slots.get("age"), int)


def test_a_wish_without_an_ask_stays_background() -> None:
    """"I want to apply next year. What does the program office provide?" asks the support items, not a check."""
    parsed = UNDERSTANDER.parse("I'm Kenyan, 29. I want to apply next year. What does the program office provide "
                                "for interns?")
    assert "jip_eligibility" not in parsed.intents


def test_the_bot_checks_the_applicant_and_says_where_they_live_decides(bot) -> None:
    from support import converse

    reply = converse(bot, ASKS[0])
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["nationality"] == "India" and call.args["age"] == 26 and call.args["residing_in_japan"] is True
    assert "not eligible" in reply.answer or "cannot apply" in reply.answer
