"""Class: the number of a numbered list written enclosed (①, ⑵, ⒊, ❹, ⑫) is a list marker, never part of the number after
it: NFKC alone writes ① as 1, so 「①2019年に訪問した先」 read as the year 12019 and 「①45人」 as 145 people. Both the user-text
normaliser and the search query's normaliser write it as "(1) "; superscripts and fractions keep their reading."""

from __future__ import annotations

import pytest

from bot.query import normalize
from bot.text.normalise import enclosed_numbers, normalise
from tests.knowledge import repo_understander


@pytest.mark.parametrize(("text", "expected"), [
    ("①2019年に訪問した先は？", "(1) 2019年に訪問した先は?"),
    ("⑵45人", "(2) 45人"),
    ("⒊ 30 hours", "(3) 30 hours"),
    ("❹2020", "(4) 2020"),
    ("⑫月", "(12) 月"),
])
def test_an_enclosed_number_is_a_marker(text: str, expected: str) -> None:
    assert normalise(text) == expected
    assert "(" in normalize(text).text and "12019" not in normalize(text).text


@pytest.mark.parametrize("text", ["m²", "½ day", "45人", "plain ascii 1) 2)"])
def test_other_characters_keep_their_reading(text: str) -> None:
    assert enclosed_numbers(text) == text


@pytest.mark.parametrize(("text", "count"), [
    ("質問が2つあります。①常勤45人の会社は実習生を何人まで受け入れられますか？②技能実習制度はいつ始まりましたか？", 45),
    ("Two questions: ①how many trainees can a company with 45 full-time staff take? ②when did it start?", 45),
    ("①30人の会社です。何人まで受け入れられますか？", 30),
])
def test_the_count_after_a_marker_is_read_as_written(text: str, count: int) -> None:
    assert repo_understander().parse(text).slots.get("full_time_employees") == count
