"""Class: a "how many kinds" ask (いくつ職種, 何職種, how many occupations) asks the count of what a document lists,
also written with the counter noun right after いくつ (「全部でいくつ職種があるのか」) and among several asks (which jobs,
how many, how long): the unit that counts them ("156 tasks in 85 occupations ...") answers it beside the other asks'
answers, never a list of rule shares alone (ja7h-17)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "技能実習ってどんな職種で受け入れられるんですか？うちは食品加工です。全部でいくつ職種があるのかと、最長で何年いてもらえるのかも教えて。",
    "技能実習の対象職種はいくつありますか？あと最長何年ですか？",
    "技能実習は何職種ありますか。それと、最長で何年いられますか。",
    "Which jobs can technical intern trainees do? We are in food processing. How many occupations are there in total, "
    "and how long can they stay at most?",
])
def test_the_count_beside_the_other_asks(bot, question: str) -> None:
    answered(bot, question, r"(?<![\d])85(?![\d])", r"(?<![\d])156(?![\d])", r"(?:5|five)\s*(?:年|years)")


@pytest.mark.parametrize("question", [
    "技能実習は全部でいくつ職種がありますか？",
    "いくつ職種があるのか教えてください",
    "全部でいくつ分野ありますか",
    "How many occupations are covered by technical intern training?",
])
def test_a_count_of_kinds_asks_a_count(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "number" in ask.hard and "count" in ask.kinds.get("number", ())
