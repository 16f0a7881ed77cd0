"""An 'excluded' question is answered by the unit that states the exclusion, and its lead names what is left out."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "For in-person JIP internships, which types of organizations are excluded as host companies?",
    "What kinds of organisations are excluded from hosting in-person JIP internships?",
    "JIPの対面インターンシップで、受入れ企業から除外されるのはどんな団体ですか？",
    "対面のJIPインターンで受入れ企業になれない団体はどこですか",
])
def test_an_excluded_question_quotes_the_exclusion(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    first = reply.answer.split("\n\n")[:2]
    assert any("excluding industry associations" in part for part in first), reply.answer
    assert "Arrangement of accommodation" not in reply.answer
    if question.isascii():
        return
    assert reply.answer.startswith("資料によると、除かれるのは業界団体、非営利団体、地方自治体です"), reply.answer


@pytest.mark.parametrize("question", ["Which Re-Skills courses are excluded?", "どの団体が対象外ですか",
                                      "除外される講座はありますか"])
def test_an_excluded_question_asks_for_the_exclusion(question: str) -> None:
    assert "exclusion" in AnswerTypes.load().classify(question).types
