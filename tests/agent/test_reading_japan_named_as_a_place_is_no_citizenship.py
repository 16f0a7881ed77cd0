"""Japan named as where someone is, with a word of citizenship further on that belongs to another country ("I'm in Japan
on a tourist visa right now, indian citizen", "in Japan with a nepali passport"), is no Japanese citizenship: the other
country is the nationality. A word of citizenship right after Japan's name ("Japanese nationality", "a Japanese
passport") states Japan's."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,nationality", [
    ("I'm in Japan on a tourist visa right now, indian citizen, 27", "India"),
    ("I'm in Japan with a nepali passport, 25", "Nepal"),
    ("currently in japan for a conference, ghanaian national, 30", "Ghana"),
])
def test_citizenship_further_on_is_another_countrys(text: str, nationality: str) -> None:
    assert slots_of(text)["nationality"] == nationality


@pytest.mark.parametrize("text", ["I'm a japanese citizen", "I have japanese nationality, 28", "I hold a Japanese passport"])
def test_citizenship_right_after_japan_is_japans(text: str) -> None:
    assert slots_of(text)["nationality"] == "Japan"
