"""What someone must submit, asked by the verb ("what must she submit from her university?", 卒業生は何を提出すれば),
asks for documents: the unit naming the certificates and letters (the students' and graduates' item) is quoted."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse

QUESTIONS = [
    "An applicant to JIP finished university two years ago. What must she submit from her university side, and how is "
    "that different from what a current student submits?",
    "What do graduates have to submit for the Japan Internship Program?",
    "JIPに応募する卒業生は何を提出すればいいですか？",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_what_must_be_submitted_asks_documents(types: AnswerTypes, question: str) -> None:
    assert "documents" in types.classify(question).types


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_certificates_are_quoted(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "certificate of graduation" in reply.answer and "letter of recommendation" in reply.answer, reply.answer
