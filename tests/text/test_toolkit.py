"""The text toolkit: one normaliser, one language detector, one sentence splitter, exact number reading and
country names from CLDR + the alias table."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.rules import RuleBook
from bot.text import detect_language, normalise, split_sentences
from bot.text.countries import CountryResolver
from bot.text.numbers import read_number

RULES = Path(__file__).resolve().parents[2] / "knowledge" / "rules"


def test_normalise_turns_full_width_digits_into_ascii_and_drops_control_characters() -> None:
    assert normalise("従業員４５人\u200b\x07 ") == "従業員45人"
    assert normalise("４５\x00 staff\u200b\x07 ") == "45 staff"


@pytest.mark.parametrize("text,language", [("JIPに応募できますか", "ja"), ("How many trainees?", "en"),
                                           ("技能実習", "ja"), ("45", "en")])
def test_detect_language_by_script(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_sentences_split_japanese_and_keep_english_abbreviations() -> None:
    assert split_sentences("技能実習の期間は最長5年です。特定技能は？") == ["技能実習の期間は最長5年です。", "特定技能は？"]
    assert split_sentences("Specific Skill No. 1 can work for 5 years. Next one.") == [
        "Specific Skill No. 1 can work for 5 years.", "Next one."]


@pytest.mark.parametrize("typed,reason", [("-5", "negative"), ("1e3", "exponent"), ("41-50", "range"),
                                          ("3.5", "not_whole"), ("4x", "unreadable")])
def test_a_number_that_cannot_be_used_as_typed_says_why(typed: str, reason: str) -> None:
    read = read_number(typed, whole=True)
    assert read.value is None and read.reason == reason


def test_numbers_are_read_exactly() -> None:
    assert read_number("1,200", whole=True).value == 1200
    assert read_number("12.5").value == 12.5


@pytest.fixture(scope="module")
def countries() -> CountryResolver:
    return CountryResolver(RuleBook.load(RULES))


def test_a_longer_name_wins_over_the_name_inside_it(countries: CountryResolver) -> None:
    assert [m.iso3 for m in countries.mentions("インドネシア国籍です")] == ["IDN"]
    assert [m.iso3 for m in countries.mentions("I live in South Sudan")] == ["SSD"]


def test_names_in_every_locale_and_the_alias_table(countries: CountryResolver) -> None:
    found = {m.surface: m.name for m in countries.mentions("ベトナム, ミャンマー, Burmese, Chinese, フランス")}
    assert found == {"ベトナム": "Viet Nam", "ミャンマー": "Myanmar", "Burmese": "Myanmar", "Chinese": "China",
                     "フランス": "France"}


def test_acronyms_only_match_in_capitals(countries: CountryResolver) -> None:
    assert [m.iso3 for m in countries.mentions("tell us: is a US citizen eligible?")] == ["USA"]
