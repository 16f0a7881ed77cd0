"""English described as usable at work ("my English is usable at work", "English at work is no problem",
「英語は業務で問題なく使えるレベル」「英語は仕事で使えます」) is English proficiency; said as not usable, or only a
little, it is not read as proficient, EN and JA."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "I'm Vietnamese, 25, living in Hanoi. My English is usable at work, no Japanese. Can I apply for JIP?",
    "I'm Vietnamese, 25, living in Hanoi. English at work is no problem for me. Can I apply for JIP?",
    "I'm Vietnamese, 25, living in Hanoi. I can use English at work without problems. Can I apply for JIP?",
    "フィリピン国籍の候補者（27歳、マニラ在住）について伺います。英語は業務で問題なく使えるレベルですが、日本語はほとんど話せません。"
    "過去にJIPへの参加歴はありません。JIPに応募できますか？",
    "ベトナム国籍、25歳、ハノイ在住です。英語は仕事で使えるレベルです。JIPに応募できますか？",
    "ベトナム国籍、25歳、ハノイ在住です。英語は問題なく使えます。JIPに応募できますか？",
])
def test_english_usable_at_work_is_proficient(text: str) -> None:
    assert slots_of(text).get("english_proficient") is True


@pytest.mark.parametrize("text", [
    "I'm Vietnamese, 25, living in Hanoi. My English is not usable at work. Can I apply for JIP?",
    "ベトナム国籍、25歳、ハノイ在住です。英語は仕事では使えません。JIPに応募できますか？",
    "ベトナム国籍、25歳、ハノイ在住です。英語は少しなら仕事で使えます。JIPに応募できますか？",
])
def test_english_not_usable_is_not_proficient(text: str) -> None:
    assert slots_of(text).get("english_proficient") is not True
