"""A message in a language the bot does not speak (Chinese 「我们公司有50名员工，可以接受几名技能实习生？」, Korean, Russian) is
answered by saying, in English and in Japanese, that the bot answers in those two languages (a refusal): never the
Japanese out-of-scope reply that read Chinese as Japanese. Japanese written in kanji alone is still Japanese."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators

BOTH = ("English or Japanese", "英語または日本語")


@pytest.mark.parametrize("text", [
    "我们公司有50名员工，可以接受几名技能实习生？",
    "请问日本的技能实习制度最长可以待几年？",
    "우리 회사는 직원이 50명입니다. 기능실습생을 몇 명 받을 수 있나요?",
    "У нас 50 сотрудников. Сколько стажеров мы можем принять?",
])
def test_a_language_not_spoken_is_told_in_english_and_japanese(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused
    assert all(words in reply.answer for words in BOTH)
    assert not calculators(reply)


@pytest.mark.parametrize("text", [
    "常勤職員50名です。技能実習生の受入れ人数は？",
    "技能実習制度概要",
    "I am from Russia (Россия), can I apply for the JIP?",
])
def test_japanese_in_kanji_and_a_foreign_word_in_english_are_answered(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not all(words in reply.answer for words in BOTH)
