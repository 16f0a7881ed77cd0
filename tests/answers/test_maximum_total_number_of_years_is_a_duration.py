"""A length asked as "the maximum total number of years" (a word of the whole between the maximum and the years) is a
duration, not a count: "What is the maximum total number of years one trainee can stay in technical intern training?"
quoted "The number of full-time employees does not include trainees" (a number) instead of "The maximum period is 5
years" (en6b-27, in-sample since its first run)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse

TYPES = AnswerTypes.load()


@pytest.mark.parametrize("question", [
    "What is the maximum total number of years one trainee can stay in technical intern training?",
    "max overall years a technical intern can stay?",
    "what's the longest combined number of years for No.1 to No.3?",
    "maximum number of years in technical intern training?",
])
def test_the_maximum_number_of_years_is_a_duration(question: str) -> None:
    assert "duration" in TYPES.classify(question).types


def test_it_quotes_the_maximum_period(bot) -> None:
    reply = converse(bot, "What is the maximum total number of years one trainee can stay in technical intern training?")
    assert "5 years" in reply.answer
