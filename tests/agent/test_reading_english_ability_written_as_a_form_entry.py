"""English ability written as a form or CV entry (a label and a short value: 「英語可」「英語：◎」「語学：英語（流暢）」,
"english: fluent", "English - yes", "English B2") is read like the sentence it stands for; the negative entries
(「英語不可」「英語：×」, "english: no") are no proficiency, and an entry that says no level ("English: no certificate",
「英語（日常会話レベル）」) or a question ("english? yes or no") decides nothing."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "ケニア人、27歳、ナイロビ在住、英語可",
    "英語：可",
    "英語◎、日本語はN5程度",
    "英語対応可能です",
    "英語：ビジネスレベル",
    "語学：英語（流暢）",
    "kenyan, 27, nairobi, english: fluent",
    "ghana 29 english - yes",
    "Nepal, 31, English B2",
    "English: C1, Japanese: none",
])
def test_positive_form_entry_is_proficient(text: str) -> None:
    assert slots_of(text)["english_proficient"] is True


@pytest.mark.parametrize("text", ["英語不可", "英語は不可です", "英語：×", "英語NG", "english: no", "English - none"])
def test_negative_form_entry_is_not_proficient(text: str) -> None:
    assert slots_of(text)["english_proficient"] is False


@pytest.mark.parametrize("text", [
    "英語（日常会話レベル）",
    "English: no certificate yet",
    "is english a must? yes or no",
    "english no problem? i only speak french",
])
def test_entry_without_a_level_decides_nothing(text: str) -> None:
    assert slots_of(text).get("english_proficient") is None
