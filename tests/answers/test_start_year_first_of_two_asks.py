"""The year a system was established asked as the first of two numbered asks, before its longest period
(①外国人技能実習制度ができたのは何年ですか。②実習期間は最長何年ですか。): できたのは何年 / 始まったのは何年 asks the year it
happened (a date of the founding kind), not a number of years, and the passage that says when it was established is
searched beside the period's passages that outrank it; both asks are answered (1993 and the five years with whom they
are limited to)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from bot.query import TextAnalyzer, load_vocabulary
from tests.agent.each_asking_part import answered
from tests.test_query_vocabulary import KNOWLEDGE


@pytest.mark.parametrize("question", [
    "外国人技能実習制度ができたのは何年ですか。",
    "技能実習制度が始まったのは何年？",
    "この制度が創設されたのは何年でしょうか",
])
def test_the_year_it_happened_is_a_founding_date(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "date" in ask.hard and "founding" in ask.kinds.get("date", ()) and "duration" not in ask.types, ask


@pytest.mark.parametrize("question", ["実習期間は最長何年ですか。", "何年いられますか", "何年間働けますか"])
def test_how_many_years_is_still_a_duration(types: AnswerTypes, question: str) -> None:
    assert "duration" in types.classify(question).hard


@pytest.mark.parametrize("question", [
    "監理団体で新人職員向けの研修資料を作っています。\n①外国人技能実習制度ができたのは何年ですか。\n②実習期間は最長何年ですか。"
    "どの実習実施者でも最長期間まで実習させられるのでしょうか。",
    "①技能実習制度が始まったのは何年？②実習は最長で何年できますか？",
    "When was the technical intern training system established, and what is the maximum training period?",
])
def test_the_start_year_and_the_longest_period_are_both_answered(bot, question: str) -> None:
    answered(bot, question, r"1993", r"(?:5|five) years|5年")


def test_established_beside_the_period_searches_the_founding_passage() -> None:
    vocabulary = load_vocabulary(KNOWLEDGE)
    concepts = set(TextAnalyzer(vocabulary).analyze("①制度ができたのは何年？②実習は最長何年？").concepts)
    assert any(part.search == "established" and any(set(w) <= concepts for w in part.when)
               and concepts & set(part.beside) for part in vocabulary.part_searches)
