"""A date asked in a clause of its own after another question ("What is it exactly, when did it start and how long
...?") is asked: the founding year is quoted beside the period."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "What is the Technical Intern Training system exactly, when did it start and how long can a trainee stay max? Is 5 "
    "years for every company?",
    "Tell me about technical intern training: what is its purpose, when was it established and what is the longest "
    "stay?",
])
def test_a_when_clause_after_another_question_asks_the_date(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "1993" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["What is it exactly, when did it start?", "how long is it, and when was it founded?"])
def test_when_with_an_inverted_verb_after_a_comma_asks_a_date(question: str) -> None:
    assert "date" in AnswerTypes.load().classify(question).hard


def test_when_in_a_statement_after_a_comma_asks_no_date() -> None:
    assert "date" not in AnswerTypes.load().classify("How many trainees can we take, when we hire 5 more staff?").types
