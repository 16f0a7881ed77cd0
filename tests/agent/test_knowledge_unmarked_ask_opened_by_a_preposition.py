"""Class: a later ask left without a question mark whose question word follows a preposition ("... is welding
included? and since when does this system exist", "from when", "until when") asks as the marked ones do: it is
answered by its own unit (1993 beside the 85 occupations and welding: en7e-10)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "how many occupations r covered by technical intern training? is welding included? and since when does this "
    "system exist",
    "how many occupations are covered by technical intern training? is welding one of them? and since when has the "
    "system existed",
    "How many occupations does technical intern training cover? Is welding covered? Also from when did the system "
    "start",
])
def test_the_unmarked_third_ask_is_answered(bot, question: str) -> None:
    answered(bot, question, r"(?<![\d.,])85(?![\d])", r"(?i)weld", r"1993")


@pytest.mark.parametrize("question", [
    "since when does the technical intern training system exist",
    "and from when did the Re-Skills certification start",
])
def test_a_preposition_before_the_question_word_asks(bot, question: str) -> None:
    analyzer = bot.analyzer
    assert analyzer.asks(question)
