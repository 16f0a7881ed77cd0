"""bot.text.numbers.listed_words_as_digits: a number word counting one group of a list of counts is written as digits,
with the language packs' own patterns (``listed_count_words``); a word with no other count in its sentence, or one
counting no group ("one of them", 「一人ひとり」「もう一人」), stays as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.agent.understand import LanguagePack, Understander

NLU = Path(__file__).resolve().parents[2] / "knowledge" / "nlu"
PACKS = {lang: LanguagePack.load(NLU / f"{lang}.yaml") for lang in ("en", "ja")}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Factory floor 24 people, office 5, and one sales guy", "Factory floor 24 people, office 5, and 1 sales guy"),
    ("en", "22 on the line, two drivers and a receptionist", "22 on the line, 2 drivers and 1 receptionist"),
    ("en", "production 12, plus one welder", "production 12, plus 1 welder"),
    ("ja", "工場に24人、事務所に5人、営業が一人", "工場に24人、事務所に5人、営業が1人"),
    ("ja", "工場24名、事務5名、営業一名", "工場24名、事務5名、営業1名"),
    ("ja", "工場24人、事務5人、運転手ふたり", "工場24人、事務5人、運転手2人"),
], ids=["en-one", "en-two-and-a", "en-plus", "ja-hitori", "ja-ichimei", "ja-futari-kana"])
def test_a_word_counting_a_listed_group_is_a_digit(lang: str, text: str, expected: str) -> None:
    assert Understander._listed_digits(text, PACKS[lang]) == expected


LONE_WORDS = [
    ("en", "We have one sales guy."),
    ("en", "We have 30 staff, one of them is a manager."),
    ("en", "We have 30 staff, and a few people on contract."),
    ("en", "I'm 24, and a nurse."),
    ("en", "Office 5. And one driver."),
    ("ja", "営業が一人います。"),
    ("ja", "24人の一人ひとりが常勤です。"),
    ("ja", "工場に24人、もう一人は事務です。"),
    ("ja", "24人で、一人で営業もしています。"),
    ("ja", "工場24人、事務5人、もうひとりは社長です。"),
    ("ja", "24人で、ひとりずつ面談します。"),
]


@pytest.mark.parametrize("lang,text", LONE_WORDS, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(LONE_WORDS)])
def test_a_word_counting_no_listed_group_stays(lang: str, text: str) -> None:
    assert Understander._listed_digits(text, PACKS[lang]) == text
