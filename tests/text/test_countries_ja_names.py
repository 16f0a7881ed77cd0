"""Country names as Japanese users write them: the common short names beside CLDR's full ones (アメリカ and 米国 for the
United States, 英国, 豪州, the spelling バングラディシュ) are the countries; a katakana name inside a longer katakana
word or a continent's part (ラテンアメリカ, 南アメリカ, 中央アメリカ) is none, while a country whose own name starts so
(南アフリカ, 北朝鮮, 南スーダン) is found whole."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

COUNTRIES = repo_understander().countries


@pytest.mark.parametrize("text, iso3", [
    ("アメリカ国籍です", "USA"), ("米国籍です", "USA"), ("英国人です", "GBR"), ("豪州在住です", "AUS"),
    ("バングラディシュ人です", "BGD"), ("バングラデシュ出身です", "BGD"),
])
def test_a_common_japanese_short_name_is_the_country(text: str, iso3: str) -> None:
    assert [m.iso3 for m in COUNTRIES.mentions(text)] == [iso3]


@pytest.mark.parametrize("text", ["ラテンアメリカの学生です", "南アメリカの大学で学びました", "中央アメリカ出身です",
                                  "北アメリカに住んでいます"])
def test_a_continent_or_a_longer_katakana_word_is_no_country(text: str) -> None:
    assert COUNTRIES.mentions(text) == []


@pytest.mark.parametrize("text, iso3", [("南アフリカ国籍です", "ZAF"), ("北朝鮮", "PRK"), ("南スーダン人です", "SSD"),
                                        ("北マケドニア出身", "MKD"), ("南アメリカのペルー出身です", "PER")])
def test_a_country_whose_name_starts_with_a_direction_is_found_whole(text: str, iso3: str) -> None:
    assert [m.iso3 for m in COUNTRIES.mentions(text)] == [iso3]
