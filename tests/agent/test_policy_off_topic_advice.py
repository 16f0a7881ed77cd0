"""Class: advice no program covers is off topic and refused with what the bot covers, even when it names a JLPT level
or Japan: how to study a language or a test ("the fastest way to learn kanji for N3", 「日本語の勉強法」), a study app, a
book or a school recommended, a visa agent, a flight. A JLPT level asked as a program's requirement ("is N3 required
for JIP?", 「JIPにはN3以上が必要ですか」) and a supervising organization recommended stay answered."""

from __future__ import annotations

import pytest
from support import converse

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

ADVICE = [
    "totally off topic but what is the fastest way to learn kanji for N3? any good app you recommend?",
    "What's the best way to study for the JLPT N3?",
    "Can you recommend a good visa agent in Manila?",
    "Any cheap flights to Tokyo you can recommend?",
    "N3の漢字を早く覚える方法は？おすすめのアプリある？",
    "日本語の勉強法を教えてください。",
    "おすすめのビザ代行業者を紹介して",
]

ON_TOPIC = [
    "Is JLPT N3 required for JIP or is N4 ok?",
    "Can you recommend a supervising organization?",
    "JIPにはN3以上が必要ですか？",
    "N4でもJIPに応募できますか？",
]


@pytest.mark.parametrize("text", ADVICE)
def test_advice_is_read_as_off_topic(text: str) -> None:
    assert UNDERSTANDER.parse(text).off_topic


@pytest.mark.parametrize("text", ON_TOPIC)
def test_a_requirement_asked_is_not(text: str) -> None:
    assert not UNDERSTANDER.parse(text).off_topic


@pytest.mark.parametrize("text", [ADVICE[0], ADVICE[2], ADVICE[4], ADVICE[5]])
def test_advice_is_refused_with_what_the_bot_covers(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    assert not reply.tool_calls or all(c.name == "search_knowledge" for c in reply.tool_calls)
    assert "JIP" in reply.answer or "Japan Internship Program" in reply.answer


@pytest.mark.parametrize("text", [ON_TOPIC[0], ON_TOPIC[2]])
def test_a_requirement_asked_is_answered(bot, text: str) -> None:
    assert not converse(bot, text).refused
