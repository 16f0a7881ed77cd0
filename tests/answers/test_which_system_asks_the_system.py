"""The system an application goes through ("Which system do we apply through for Re-Skills certification?",
「Reスキル講座の認定申請はどのシステムで行いますか？」) is asked of the unit that names it (the e-Gov Electronic
Application System), not of the application period that shares the question's words; a program whose documents name
no system gets "the documents do not state"."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse

TYPES = AnswerTypes.load()


@pytest.mark.parametrize("question", [
    "Which system do we apply through for Re-Skills certification?",
    "what online system is used for the Re-Skills application?",
    "Reスキル講座の認定申請はどのシステムで行いますか？",
    "申請はどんなシステムを使うんですか？",
])
def test_which_system_is_a_hard_ask(question: str) -> None:
    ask = TYPES.classify(question)
    assert "system" in ask.hard


@pytest.mark.parametrize("question", [
    "Which system do we apply through for Re-Skills certification?",
    "Reスキル講座の認定申請はどのシステムで行いますか？",
])
def test_the_system_named_answers(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "e-Gov" in reply.answer
    assert "September 15, 2017" not in reply.answer.split("\n")[0]


def test_no_system_named_is_said(bot) -> None:
    reply = converse(bot, "What system is used to apply for the Japan Internship Program?")
    assert reply.refused
