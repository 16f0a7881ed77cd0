"""Class: English stated as a working / daily / first / native / official / business language, "fluent",
"business-level", an English test (IELTS, TOEFL, TOEIC), 英語が堪能 / 英語で仕事 / ビジネス英語 / 英語ネイティブ / 英語が母語 is
english_proficient=true; a weak statement ("a little English", "some English", 英語は少しだけ) is neither proficiency nor
its lack: the slot is left for the bot to ask."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

EN = "kenyan, 24 years old, i live in nairobi, {}. never joined the program before"
JA = "ケニア人、24歳、ナイロビ在住です。{}。JIPに応募できますか？"


@pytest.mark.parametrize("phrase", [
    "english is my working language", "English is our official language", "my first language is English",
    "english is my daily language", "my working language is english", "I'm fluent in English",
    "business-level English", "I have IELTS 7.0", "TOEFL 95", "TOEIC 850", "I work in English every day",
    "native English speaker", "English is my mother tongue",
])
def test_english_stated_as_a_language_used_or_certified_is_proficient_en(phrase: str) -> None:
    assert UNDERSTANDER.parse(EN.format(phrase)).slots.get("english_proficient") is True


@pytest.mark.parametrize("phrase", [
    "英語が堪能です", "英語で仕事をしています", "ビジネス英語ができます", "英語ネイティブです", "英語が母語です", "英語は公用語です",
    "TOEIC 900点です", "仕事では英語を使っています", "第一言語は英語です",
])
def test_english_stated_as_a_language_used_or_certified_is_proficient_ja(phrase: str) -> None:
    assert UNDERSTANDER.parse(JA.format(phrase)).slots.get("english_proficient") is True


@pytest.mark.parametrize("text", [
    EN.format("I speak a little English"), EN.format("some English"), EN.format("english a little bit"),
    JA.format("英語は少しだけ話せます"), JA.format("英語は少しできます"), JA.format("英語はちょっと使っています"),
])
def test_some_english_is_left_to_ask(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("english_proficient") is None


@pytest.mark.parametrize("text", [EN.format("english weak"), EN.format("I don't speak English"),
                                  JA.format("英語は話せません")])
def test_no_english_stays_not_proficient(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("english_proficient") is False
