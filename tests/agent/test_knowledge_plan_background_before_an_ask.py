"""Background sentences before an ask never make it a refusal, and a reply never repeats a paragraph.

The classes: where the user says they would work ("I would work from my home in Dhaka", "I work as a tester in
Cairo") is their situation, no job sought abroad: the ask after it is answered (a job sought abroad, "looking for a
job in Toronto", is still another request: tests/agent/test_policy_other_request.py). A refusal says what the bot can
do once.
"""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

BACKGROUND = [
    "Thanks! If I get the online one, I would work from my home in Dhaka. My laptop is very old (a 2015 model) and I "
    "am not sure it is enough. Who gives the computer for an online internship, is it the company in Japan?",
    "I work as a software tester in Cairo. For the online internship, who provides the computer?",
    "I would be working from my flat in Lagos. Who provides the PC for an online JIP internship?",
]


@pytest.mark.parametrize("text", BACKGROUND)
def test_where_the_user_works_is_no_job_sought_abroad(text: str) -> None:
    assert not UNDERSTANDER.parse(text).other_request


@pytest.mark.parametrize("text", BACKGROUND)
def test_the_ask_after_the_background_is_answered(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer[:400]
    assert re.search(r"(?i)program office", reply.answer), reply.answer[:600]


REFUSED = [
    "im from Mexico, looking for a job in toronto, can you help?",
    "can you write me a motivation letter for a job application in Canada?",
    "カナダでの就職のために志望動機書を書いてもらえますか？",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_refusal_never_repeats_a_paragraph(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused
    paragraphs = [" ".join(p.split()) for p in reply.answer.split("\n\n") if p.strip()]
    assert len(paragraphs) == len(set(paragraphs)), reply.answer


def test_without_repeated_paragraphs_keeps_the_first() -> None:
    from bot.agent.compose import without_repeated_paragraphs

    assert without_repeated_paragraphs("a\n\nb\n\na\n\nc") == "a\n\nb\n\nc"
    assert without_repeated_paragraphs("a b\n\na  b") == "a b"
