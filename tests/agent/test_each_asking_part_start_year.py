"""Class: each asking part gets its own unit; "since which year does X exist", "when was X founded", いつからある
ask a date of X's start (a founding date), quoted beside the other values asked (the maximum period) and kept
when the reply is cut to its first quotes."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Since which year does the foreign technical internship system exist?",
    "Since when has the technical intern training system existed?",
    "技能実習制度はいつからあるんですか？",
    "技能実習制度は何年からあるの？",
    "Can you remind me the year the foreign technical internship system was established?",
])
def test_since_when_something_exists_is_its_start(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "founding" in ask.kinds.get("date", ()), ask


def test_every_sentence_asking_is_no_background() -> None:
    types = AnswerTypes.load()
    question = ("Since which year does the foreign technical internship system exist, and what's the max training "
                "period? Can every company keep a trainee that long?")
    assert {"date", "duration"} <= types.classify(question).hard


@pytest.mark.parametrize("question", [
    "Since which year does the foreign technical internship system exist, and what's the max training period? Can every company keep a trainee that long?",
    "When was the technical intern training system founded, and what is the maximum period of training?",
    "I work at a supervising organization. Can you remind me the year the foreign technical internship system was established, and the maximum training length?",
    "技能実習制度はいつからあるんですか？最長何年いられますか？",
    "技能実習制度は何年からあるの？最長何年いられる？",
    "外国人技能実習制度はいつ始まったんですか？それと最長何年実習できますか？",
])
def test_the_start_year_is_quoted_beside_the_maximum_period(bot, question: str) -> None:
    answered(bot, question, "1993", r"(?i)5\s*(?:years|年)|five years")
