"""Class: a message naming several items of one enumerated rule (the three work types of a training plan) quotes
each named item's unit (here the whole short list), not the one item that shares the most words."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Our supervising org keeps talking about 'required work', 'related work' and 'peripheral work' in the training "
    "plan. What do these mean and what share of hours is each allowed?",
    "what are required work and related work, and how much of the hours can each be?",
    "必須作業、関連作業、周辺作業とは何ですか？それぞれ何％まで認められますか？",
])
def test_each_named_work_type_is_quoted(bot, question: str) -> None:
    answered(bot, question, r"50%", r"Related work", r"30%")


def test_one_named_work_type_stays_one_item(bot) -> None:
    answer = answered(bot, "How much of the training time can be peripheral work?", r"30%")
    assert "Related work" not in answer, answer
