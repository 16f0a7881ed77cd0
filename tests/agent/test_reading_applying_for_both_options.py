"""Asking "can I apply for both online and in-person?" asks the options, not the applicant's eligibility: searched, never an
eligibility check asked for; an eligibility ask stays one."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Hello, I'm a Nigerian civil engineer living in Lagos. For the METI internship: can I choose the company myself? "
    "Can I apply for both online and in-person at the same time? What kind of companies host the in-person interns? "
    "And if I do online, do I need my own laptop?",
    "I'm Kenyan, 27. Can I apply for both the online and in-person internship?",
    "Can I apply to both online and in person JIP internships?",
])
def test_applying_for_both_options_is_no_eligibility_ask(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not parsed.asks_eligibility and "jip_eligibility" not in parsed.intents, parsed


def test_a_self_introduction_with_only_knowledge_asks_asks_no_eligibility_facts(bot) -> None:
    reply = converse(bot, "Hello, I'm a Nigerian civil engineer living in Lagos. For the METI internship: can I choose "
                          "the company myself? Can I apply for both online and in-person at the same time? And if I do "
                          "online, do I need my own laptop?")
    assert not any(c.name == "jip_eligibility" for c in reply.tool_calls), reply.tool_calls
    assert "both" in reply.answer.lower()


@pytest.mark.parametrize("text", [
    "I'm Kenyan, 27, living in Nairobi. Can I apply to JIP?",
    "Can I apply to JIP? I am Vietnamese, 30, N2.",
])
def test_an_eligibility_ask_stays_one(text: str) -> None:
    assert UNDERSTANDER.parse(text).asks_eligibility
