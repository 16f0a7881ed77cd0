"""Class: how many occupations technical intern training covers and whether the user's trade is covered ("is painting
covered?", うちは塗装業なんですが、対象になりそうでしょうか) quote the occupations unit ("156 tasks in 85 occupations,
including food, construction, welding, plastic molding, painting ..."): the unit that alone names the item asked
answers, not the list of the work split that shares the heading's words (ja4b-20). A count asked as どのくらいある
is a count. EN and JA."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question, item", [
    ("技能実習の対象職種ってどのくらいあるんですか？うちは塗装業なんですが、対象になりそうでしょうか。", "塗装"),
    ("塗装は技能実習の対象職種に入っていますか？", "塗装"),
    ("溶接は技能実習の対象職種ですか？", "溶接"),
    ("Is welding one of the occupations covered by the technical intern training?", "welding"),
    ("We run a painting business. Can we take technical intern trainees for painting work?", "painting"),
    ("How many occupations are covered by technical intern training? We are a painting company, are we covered?",
     "painting"),
])
def test_the_occupations_unit_answers(bot, question: str, item: str) -> None:
    answer = answered(bot, question, r"156 tasks in 85 occupations", item)
    assert answer.index("156 tasks") < answer.find("Required work") if "Required work" in answer else True


@pytest.mark.parametrize("question", [
    "技能実習の対象職種ってどのくらいあるんですか？",
    "技能実習の対象職種はどれくらいありますか。",
    "対象の作業はどのくらいありますか",
])
def test_how_many_there_are_asks_a_count(question: str) -> None:
    assert "number" in AnswerTypes.load().classify(question).types


def test_a_length_asked_is_no_count() -> None:
    assert "number" not in AnswerTypes.load().classify("技能実習の期間はどのくらいありますか。").types
