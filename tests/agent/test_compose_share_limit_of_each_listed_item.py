"""Class: a list asked with a limit for each item ("the three categories of work, with the share limit for each
one", "the percentage limit for each") asks the items' numbers: the list whose items state the limits is quoted,
not only the lead sentence that names the categories; beside other asks (the occupations and tasks counted) too."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

LIMITS = (r"(?<![\d.,])50(?:\.0+)?\s?(?:%|percent)", r"(?<![\d.,])30(?:\.0+)?\s?(?:%|percent)|1/3|one[- ]third")


@pytest.mark.parametrize("question", [
    "what are the three categories of work a plan is divided into, with the share limit for each one?",
    "What are the three kinds of work in a training plan and the percentage limit for each?",
    "the categories of training work and the share of each?",
])
def test_a_share_of_each_asks_a_number(question: str) -> None:
    assert "number" in AnswerTypes.load().classify(question).hard, question


@pytest.mark.parametrize("question", [
    "For a seminar slide: how many occupations and how many tasks does the technical internship cover according to "
    "the document, and what are the three categories of work a plan is divided into, with the share limit for each "
    "one?",
    "What are the three kinds of work in a technical intern training plan and the percentage limit for each?",
])
def test_the_limits_of_each_category_are_quoted(bot, question: str) -> None:
    answered(bot, question, *LIMITS)
