"""Class: confirmation words (true, right, correct, really, is that so, 本当, 正しい, 合ってる, ですよね) frame the
question the user asks to confirm; they are never its focus, so the bot answers instead of saying the documents
do not mention "true"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "hello. i am truck driver from mongolia. technical intern in japan, maximum how many year? 5 year true?",
    "Technical intern training can last up to 5 years, is that correct?",
    "technical intern max 5 years, really? right?",
    "技能実習は最長5年って本当ですか？",
    "技能実習の期間は最長5年で正しいですか？",
    "技能実習は最長5年で合ってる？",
])
def test_confirmation_words_are_not_the_focus(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused
    assert "5" in reply.answer
    for word in ("true", "correct", "really", "right", "本当", "正しい", "合って"):
        assert f"mention {word}" not in reply.answer
