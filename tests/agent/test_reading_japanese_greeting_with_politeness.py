"""Class: a Japanese greeting said with the politeness that goes with it (「こんにちは よろしくお願いします。」, 「はじめまして、
よろしくお願いいたします」) is small talk, answered like the greeting alone: no search, no refusal. A question after the
politeness is still read and answered."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("text", [
    "こんにちは",
    "こんにちは よろしくお願いします。",
    "はじめまして、よろしくお願いいたします。",
    "よろしくお願いします！",
])
def test_greeting_with_politeness_is_small_talk(bot, text: str) -> None:
    reply = bot.reply(bot.new_conversation(), text)
    assert not reply.refused
    assert not reply.tool_calls
    assert reply.answer.startswith("こんにちは")


def test_a_question_after_the_politeness_is_answered(bot) -> None:
    reply = bot.reply(bot.new_conversation(), "よろしくお願いします。常勤職員が45名です。技能実習生は何人まで？")
    calls = calls_named(reply, "trainee_quota")
    assert calls and calls[0].args["full_time_employees"] == 45
