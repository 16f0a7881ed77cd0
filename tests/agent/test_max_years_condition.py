"""Class: "the max years a trainee can stay" (the maximum asked in its unit, also beside another ask and when the
user doubts the figure) is a duration ask: the 5-year maximum is quoted with its condition (excellent companies
under an excellent supervisory organization)."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "what is the max years a trainee can stay in the program?",
    "What is the maximum number of years a technical intern trainee can stay?",
    "max yrs for technical intern training?",
])
def test_the_maximum_in_years_asks_a_duration(question: str) -> None:
    assert "duration" in AnswerTypes.load().classify(question).hard, question


@pytest.mark.parametrize("question", [
    "When did the Foreign Technical Internship System start, and what is the max years a trainee can stay in the "
    "program? my friend said 3 years only",
    "What is the maximum number of years a technical intern trainee can stay? I heard it is only 3.",
])
def test_the_five_year_maximum_comes_with_its_condition(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"5 years|five years", reply.answer), reply.answer
    assert re.search(r"(?i)excellent", reply.answer), reply.answer
