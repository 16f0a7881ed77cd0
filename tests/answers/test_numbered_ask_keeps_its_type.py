"""A numbered ask ("1) When did it start? 2) longest period?", "(a) when ...", "1) start year?") asks as it would without
its list marker: the year the system started is quoted beside the maximum period."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Two questions about technical intern training: 1) When did it start? 2) longest period?",
    "1) when did the technical intern training system start? 2) what is the longest period a trainee can stay?",
    "Technical intern training: 1) start year? 2) max period?",
])
def test_a_numbered_start_ask_gets_the_year(bot, question: str) -> None:
    answered(bot, question, r"1993", r"(?:5|five) years")


@pytest.mark.parametrize("question", ["1) When did it start?", "(1) When did it start?", "a) when did it start?",
                                      "- when was it established?", "start year?"])
def test_a_list_marker_keeps_the_date_ask(types: AnswerTypes, question: str) -> None:
    assert "date" in types.classify(question).hard, question
