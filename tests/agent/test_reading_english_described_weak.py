"""Class: English described as basic, only basic, weak, poor or not good is no English proficiency (english_proficient
False, so the check can decide); English "a little" / 少しだけ is neither and stays asked; good English stays proficient."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "kenyan citizen working in dubai, 33 yrs. i passed JLPT N4 last december and honestly my english is only basic. "
    "can i still apply to the japan internship program?",
    "I'm from Ghana, 30, my English is weak. can I apply to JIP?",
    "Nepali, 25, english isn't that good. eligible for JIP?",
    "Indian, 29, english level is basic. can I apply to JIP?",
    "Indian, 29, english: basic level. can I apply to JIP?",
    "ケニア国籍、33歳、ドバイ在住です。JLPTはN4で、英語は基礎レベルです。JIPに応募できますか？",
    "ケニア国籍、33歳、ドバイ在住です。英語は初級程度です。JIPに応募できますか？",
    "ケニア国籍、33歳、ドバイ在住です。英語は下手です。JIPに応募できますか？",
])
def test_english_described_as_basic_or_weak_is_not_proficient(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("english_proficient") is False


@pytest.mark.parametrize("text", [
    "Indian, 29, I speak a little English. can I apply to JIP?",
    "Indian, 29, my english is only a little. can I apply to JIP?",
    "ケニア国籍、33歳、ドバイ在住です。英語は少しだけ話せます。JIPに応募できますか？",
])
def test_a_little_english_stays_asked(text: str) -> None:
    assert "english_proficient" not in UNDERSTANDER.parse(text).slots


def test_good_english_stays_proficient() -> None:
    assert UNDERSTANDER.parse("Indian, 29, my english is good. can I apply to JIP?").slots.get("english_proficient")
