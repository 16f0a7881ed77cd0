"""Whether someone may stay longer, or a period be extended, asks for the longest period.

The class (ja7y-13): 「3年で帰国って聞いたんですけど、もっと長くいてもらうことってできないんですか？」, "can our trainees stay
longer than 3 years?", 「期間を延長できますか？」 ask how long one may stay at most (answer type ``duration``); before, the
Japanese question was read as asking for an exclusion (its negative yes/no できないんですか) and answered with "the number of
full-time employees does not include technical intern trainees". The answer states the maximum period (5 years).
"""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse

LONGER = [
    "うちに来てる実習生、3年で帰国って聞いたんですけど、もっと長くいてもらうことってできないんですか？",
    "技能実習生の実習期間を延長できますか？",
    "Can our trainees stay longer than 3 years?",
    "Is it possible to extend the training period of our technical intern trainees?",
]


@pytest.mark.parametrize("text", LONGER)
def test_staying_longer_is_a_duration_ask(text: str) -> None:
    assert "duration" in AnswerTypes.load().classify(text).types


@pytest.mark.parametrize("text", LONGER)
def test_staying_longer_is_answered_by_the_longest_period(bot, text: str) -> None:
    reply = converse(bot, text)
    assert "The maximum period is 5 years" in reply.answer or "five years" in reply.answer, reply.answer[:500]
    assert "does not include technical intern trainees" not in reply.answer.split("\n\n")[0], reply.answer[:300]


def test_a_negative_yes_no_is_no_exclusion_ask() -> None:
    assert "exclusion" not in AnswerTypes.load().classify("もっと長くいてもらうことってできないんですか？").types
