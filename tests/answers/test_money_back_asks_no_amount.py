"""The words "money back" (a refund the learners get through a benefit) in a question whether the benefit applies
ask whether, not an amount: the MHLW designation is a separate application, said, not refused as "that amount"."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "does that automatically make it eligible for the MHLW education and training benefit (so learners can get "
    "money back)?",
    "is it covered by the training benefit so students get some money back?",
    "can learners receive money back through the benefit?",
])
def test_money_back_asks_no_amount(types: AnswerTypes, question: str) -> None:
    assert "amount" not in types.classify(question).types


@pytest.mark.parametrize("question", ["do interns get any money?", "will they receive money during the internship?"])
def test_money_received_still_asks_an_amount(types: AnswerTypes, question: str) -> None:
    assert "amount" in types.classify(question).types


@pytest.mark.parametrize("question", [
    "If our course gets certified as a Re-Skills course by METI, does that automatically make it eligible for the MHLW "
    "education and training benefit (so learners can get money back)? Or is there something else to do?",
    "Once a course is certified as a Re-Skills course, is it automatically covered by the MHLW training benefit so "
    "students get some money back?",
    "第四次産業革命スキル習得講座に認定されれば、自動的に厚生労働省の教育訓練給付の対象になりますか？受講者にお金が"
    "戻ってくるのか知りたいです。",
])
def test_the_benefit_designation_is_said_to_be_separate(bot, question: str) -> None:
    answered(bot, question, r"(?i)separate|別途")
