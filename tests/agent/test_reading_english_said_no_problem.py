"""English said to be no problem, fine or 大丈夫 is proficiency (「英語は問題ありません」「英語は大丈夫です」, "my English is
fine"); said not fine it is not read as proficient."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "大学の授業は全部英語だったので英語は問題ありません。日本語は話せません。",
    "英語は大丈夫です",
    "英語は問題ないです",
    "英語なら心配ありません",
    "my english is fine",
    "English is no problem for me",
])
def test_english_no_problem_is_proficient(text: str) -> None:
    assert slots_of(text)["english_proficient"] is True


@pytest.mark.parametrize("text", ["英語は大丈夫ではありません", "英語は問題があります"])
def test_english_not_fine_is_not_proficient(text: str) -> None:
    assert slots_of(text).get("english_proficient") is not True
