"""Japanese writes "how much / how many" several ways (どのくらい, どれくらい, どれぐらい, どのぐらい, どれほど); the answer types
read every one alike. 「技能実習って今どれくらいの職種・作業が対象なんでしょう？」 was read as a list ask (only どのくらいの職種
counted as a count ask) and quoted the work categories instead of "156 tasks in 85 occupations"."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes

TYPES = AnswerTypes.load()
HOW_MUCH = ["どのくらい", "どれくらい", "どれぐらい", "どのぐらい", "どれほど"]


@pytest.mark.parametrize("word", HOW_MUCH)
def test_the_count_of_listed_occupations_is_a_count_ask_with_every_how_much_word(word: str) -> None:
    ask = TYPES.classify(f"技能実習って今{word}の職種・作業が対象なんでしょう？")
    assert "number" in ask.types
    assert "count" in ask.kinds.get("number", ())


@pytest.mark.parametrize("word", HOW_MUCH)
def test_a_length_asked_is_a_duration_with_every_how_much_word(word: str) -> None:
    assert "duration" in TYPES.classify(f"インターンシップは{word}の期間ですか？").types


def test_the_count_asked_quotes_the_count_of_occupations() -> None:
    from tests.answers.type_checks import carries

    question = "技能実習って今どれくらいの職種・作業が対象なんでしょう？うちは食品製造なんですが、対象に入ってますか。"
    assert carries(TYPES, question, "156 tasks in 85 occupations, including food, construction, welding.")
