"""Class: a place named in a self-description written all in lower case ("a filipino in manila", "nepali engineer in
osaka") is read as where the applicant lives, as the same words capitalised are: a city outside Japan is no residence
in Japan, a place in Japan is. Only a place the lists know is read so ("in person", "in english" are none)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,in_japan", [
    ("i'm a 27-year-old filipino in manila with good english, and i was a jip intern in fy2018. can i apply again?",
     False),
    ("i am a kenyan student in nairobi, 24, fluent english. can i apply for jip?", False),
    ("i'm a nepali engineer in osaka, 28, jlpt n2. can i apply for jip?", True),
])
def test_a_lower_case_place_is_where_they_live(text: str, in_japan: bool) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is in_japan
    # the same as written with capitals
    capitalised = UNDERSTANDER.parse(text.title()).slots.get("residing_in_japan")
    assert capitalised is in_japan


@pytest.mark.parametrize("text", [
    "filipino in person internship, how much support per day?",
    "i'm a vietnamese in english speaking company, can i apply for jip?",
])
def test_no_known_place_is_no_residence(text: str) -> None:
    assert "residing_in_japan" not in UNDERSTANDER.parse(text).slots
