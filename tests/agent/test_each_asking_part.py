"""Class: a message with several asking parts (a confirmation and a contact: "the application is electronic,
right? whom do we contact for the ID and password?") answers each part with its own quote: the part the first
answer leaves open (e-Gov) gets the unit that covers it, besides the contact's number."""

from __future__ import annotations

import pytest


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question", [
    "Re-Skills講座の申請って電子申請ですよね？IDとパスワードがいると聞いたんですが、どこに連絡して取ればいいですか？電話番号もあれば。",
    "Re-Skills講座の申請は電子申請で行うんですよね？IDとパスワードはどこに連絡すればもらえますか？",
    "The Re-Skills application is filed electronically, right? Whom do we contact to get the ID and password?",
])
def test_each_asking_part_is_answered(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    assert "e-Gov" in reply.answer
    assert "03-3501-2646" in reply.answer


def test_a_single_question_gets_no_extra_quote(bot) -> None:
    reply = _ask(bot, "What is the phone number for obtaining the e-Gov ID and password for Re-Skills?")
    assert "03-3501-2646" in reply.answer
