"""The text toolkit: one normaliser, one language detector, one sentence splitter, exact number reading and
country names from CLDR + the alias table."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.rules import RuleBook
from bot.text import detect_language, normalise, split_sentences
from bot.text.countries import CountryResolver
from bot.text.numbers import read_number, whole_or_float

RULES = Path(__file__).resolve().parents[2] / "knowledge" / "rules"


def test_normalise_turns_full_width_digits_into_ascii_and_drops_control_characters() -> None:
    assert normalise("従業員４５人\u200b\x07 ") == "従業員45人"
    assert normalise("４５\x00 staff\u200b\x07 ") == "45 staff"


@pytest.mark.parametrize("text,language", [("JIPに応募できますか", "ja"), ("How many trainees?", "en"),
                                           ("技能実習", "ja"), ("45", "en")])
def test_detect_language_by_script(text: str, language: str) -> None:
    assert detect_language(text) == language


JA_TERMS = ["優良", "一般監理団体", "技能実習", "特定技能1号", "監理団体", "実習生", "介護", "育成就労"]
EN_TERMS = ["JIP", "Re-Skills", "METI", "JLPT N2", "IELTS 7.0", "e-Gov", "No.1", "OECD DAC"]


@pytest.mark.parametrize("term", JA_TERMS)
@pytest.mark.parametrize("frame", [
    "We are certified {} (excellent) and have 310 full-time staff. What is the max for No1, No2, No3?",
    "we got the {} status last year, how many trainees per stage can we have now?",
    "Does the {} rule apply to us?",
])
def test_an_english_message_naming_japanese_terms_is_english(term: str, frame: str) -> None:
    assert detect_language(frame.format(term)) == "en"


@pytest.mark.parametrize("term", EN_TERMS)
@pytest.mark.parametrize("frame", ["{}に応募できますか？", "うちは{}の対象になりますか", "{}について教えて", "{}の期間は？"])
def test_a_japanese_message_naming_latin_terms_is_japanese(term: str, frame: str) -> None:
    assert detect_language(frame.format(term)) == "ja"


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


@pytest.mark.parametrize("value,shown", [(60.0, 60), (12.5, 12.5), (0.0, 0), (1e3, 1000)])
def test_whole_or_float_shows_a_whole_number_as_an_integer(value: float, shown: int | float) -> None:
    result = whole_or_float(value)
    assert result == shown and type(result) is type(shown)
