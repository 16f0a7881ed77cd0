"""How much of something a rule requires, asked without its unit (どのくらい入れないといけない, どれくらい必要, どの程度確保する),
is a value ask, and 安全衛生 is the documents' "safety and health": beside a training-time check, the calculator's finding
on the safety and health share (10% of each category) answers it."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

SPLIT_AND_SAFETY = [
    "溶接の技能実習計画を作っています。1年目の予定は、必須業務1,200h、関連業務500h、周辺業務300hです。この配分で基準を満たして"
    "ますか？あと安全衛生の時間はどのくらい入れないといけないんでしょうか。",
    "施設園芸の実習計画です。必須業務900時間、関連業務600時間、周辺業務300時間で大丈夫ですか？それと安全衛生の時間はどれくらい"
    "必要ですか？",
    "We're drafting a welding training plan: required 1,200 h, related 500 h, peripheral 300 h. Does that meet the "
    "rules? And how much safety and health time do we have to include?",
]


@pytest.mark.parametrize("question", SPLIT_AND_SAFETY)
def test_the_safety_and_health_share_beside_a_split_check(bot, question: str) -> None:
    answered(bot, question, r"10\s?%")


@pytest.mark.parametrize("question", [
    "あと安全衛生の時間はどのくらい入れないといけないんでしょうか。",
    "安全衛生の時間はどれくらい必要ですか",
    "安全衛生はどの程度確保する必要がありますか",
])
def test_how_much_a_rule_requires_is_a_value_ask(types: AnswerTypes, question: str) -> None:
    assert types.classify(question).hard, question


@pytest.mark.parametrize("question", ["安全衛生の時間", "safety and health work", "occupational safety"])
def test_safety_and_health_is_one_concept_in_both_languages(question: str) -> None:
    from bot.query import load_vocabulary, TextAnalyzer
    from tests.test_query_vocabulary import KNOWLEDGE

    assert "safety_health" in TextAnalyzer(load_vocabulary(KNOWLEDGE)).analyze(question).concepts
