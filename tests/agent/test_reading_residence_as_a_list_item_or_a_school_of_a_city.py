"""Class: where an applicant lives, said as the school of a city they study at (「ハノイの大学の4年生です」,
"東京の大学の学生です"): a place outside Japan is not residing in Japan, a place in Japan is; a school with no place
("大学の3年生です") sets nothing. The English "in <city>" as a bare list item ("Filipino, 31, N2, in Manila.") is the
same class; a place in a clause about another person is never the user's (tests/agent/test_dialogue_follow_up_about_
another_person.py)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "ベトナム人、24歳、N2。ハノイの大学の4年生です。JIPに応募できますか？",
    "はじめまして。ベトナム人のランです。24さいです。いまハノイの大学の4年生です。JLPT N2をもっています。",
    "ネパール人です。カトマンズの大学の学生です。",
])
def test_a_place_abroad_as_an_item_or_a_school_is_not_residing_in_japan(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False


@pytest.mark.parametrize("text", [
    "ネパール人、26歳、N3。東京の大学の学生です。JIPに応募できますか？",
    "ベトナム人です。大阪の専門学校の2年生です。",
])
def test_a_place_in_japan_as_an_item_or_a_school_is_residing_in_japan(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True


@pytest.mark.parametrize("text", [
    "Filipino, 31, N2. JIP?",
    "We have 40 staff, in total, how many trainees can we take?",
    "Nepali, 24, N3, in short: can I apply?",
    "ネパール人、26歳、N3。大学の3年生です。",
])
def test_no_place_named_sets_nothing(text: str) -> None:
    assert "residing_in_japan" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text", ["Filipino, 31, N2, in Manila. JIP?", "Nepali, 24, N3, in Kathmandu. can i apply JIP?",
                                  "I'm Indian, 26, in Bangalore, good English. Am I eligible for JIP?",
                                  "Kenyan; 29; in Nairobi; fluent English. JIP ok?"])
def test_a_bare_in_city_list_item_is_the_residence(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False


@pytest.mark.parametrize("text", ["Vietnamese, 25, N2, in Osaka. JIP?", "Nepali, 24, N3, in Tokyo. can i apply JIP?"])
def test_a_bare_in_city_list_item_in_japan_is_residing_in_japan(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True


@pytest.mark.parametrize("text", ["Filipino, 31, N2, in short, can I apply for JIP?",
                                  "Filipino, 31, N2, in person or online? JIP",
                                  "Nepali, 24, N3, in general is JIP open to me?"])
def test_a_bare_in_list_item_that_names_no_place_sets_nothing(text: str) -> None:
    assert "residing_in_japan" not in UNDERSTANDER.parse(text).slots
