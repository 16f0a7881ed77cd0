"""Class: a message that asks for the rule of each of several named things (必須業務・関連業務・周辺業務それぞれの
基準, "for each of the ... categories") and then narrows with an "in particular ..." question asks for all of them:
the "each" sentence is read first and asks for the list, so the reply quotes every item with its share."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "技能実習における作業の区分ごとの時間割合について、必須業務・関連業務・周辺業務それぞれの基準を整理して教えてください。特に周辺業務の上限は割合でどう定められていますか。",
    "必須業務、関連業務、周辺業務のそれぞれの割合を教えてください。周辺業務は何%までですか？",
    "Please set out the time-share rule for each of the required, related and peripheral work categories. In particular, how is the cap on peripheral work defined?",
    "What share applies to required, related and peripheral work respectively? Especially, what is the peripheral limit?",
])
def test_each_of_several_asks_for_the_list(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "list" in ask.types


def test_a_single_question_is_unchanged() -> None:
    assert "list" not in AnswerTypes.load().classify("周辺業務の上限は何%ですか？").types
