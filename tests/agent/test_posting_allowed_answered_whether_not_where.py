"""Class: "is it OK to send it by post / on paper?" (郵送でもいい？, 紙で郵送して出すのはOK？) asks whether, not where: the
lead answers the yes/no from the posting rule (only the attached documents may be posted) with no address lead, and
the way the documents state (the application through e-Gov) is quoted beside it, in both languages."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "申請書類を紙で郵送して出すのはOKなんでしょうか？",
    "郵送で提出することは可能ですか？",
    "紙で出すのって大丈夫？",
])
def test_whether_posting_is_allowed_asks_no_address(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "condition" in ask.types and "address" not in ask.hard, ask


@pytest.mark.parametrize("text", [
    "Re-Skills講座の最初の認定申請についての確認です。申請書類を紙で郵送して出すのはOKなんでしょうか？あわせて、最初の受付期間が"
    "いつからいつまでだったかも教えてください。",
    "Re-Skills講座の認定申請は、紙で郵送して出すのはOKなんでしょうか？",
])
def test_japanese_posting_yes_no(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer
    lead = reply.answer.split("\n\n")[0]
    assert "添付書類" in lead and "住所" not in lead, reply.answer
    assert re.search(r"e-?Gov", reply.answer), reply.answer


@pytest.mark.parametrize("text", [
    "For the Re-Skills certification, is it OK to send the application on paper by post?",
    "Is it okay to submit the Re-Skills application documents by post?",
])
def test_english_posting_yes_no(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer
    assert reply.answer.startswith("Only in part"), reply.answer
    assert "attached" in reply.answer.split("\n\n")[0]
    assert re.search(r"e-?Gov", reply.answer), reply.answer
