"""A bare city as one item of an applicant's list of facts ("Nepali, 26, Kathmandu, N2", 「ネパール人、26歳、カトマンズ、N2」)
is where the applicant lives (a city of Japan: residing in Japan); a country there is the nationality and an ordinary
word ("single", "engineer") is no place. A visit to Japan that is the whole message (「出張で東京に来ています」, "I'm in Tokyo
on a business trip") states no residence."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,residing", [
    ("Nepali, 26, Kathmandu, N2", False),
    ("Filipino, 30, Manila, fluent English", False),
    ("N3; 24; Hanoi; Vietnamese", False),
    ("Vietnamese, 24, Osaka, N3", True),
    ("ネパール人、26歳、カトマンズ、N2", False),
    ("ベトナム人、24歳、ハノイ、N3", False),
    ("ベトナム人、24歳、大阪、N3", True),
])
def test_bare_city_is_where_they_live(text: str, residing: bool) -> None:
    assert slots_of(text)["residing_in_japan"] is residing


@pytest.mark.parametrize("text", [
    "Nepali, 26, Nepal, N2",
    "Indian, 27, single, N2",
    "Male, 26, Nepali, N2",
    "Kenyan, 29, engineer, fluent English",
    "ネパール人、26歳、エンジニア、N2",
])
def test_no_city_item_says_nothing(text: str) -> None:
    assert "residing_in_japan" not in slots_of(text)


@pytest.mark.parametrize("text", [
    "出張で東京に来ています",
    "旅行で日本に来ています",
    "I'm in Tokyo on a business trip",
    "I'm in Japan on a tourist visa right now",
])
def test_a_visit_alone_is_no_residence(text: str) -> None:
    assert slots_of(text).get("residing_in_japan") is not True
