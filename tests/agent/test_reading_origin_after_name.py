"""A city of origin said after the speaker's name gives the nationality like one said alone: "I am Suman from
Pokhara" is Nepal (before: the name between "I am" and "from" hid the city, and the nationality was asked), "I'm
Suman, from Pokhara", "This is Ravi and I'm from Pune", "My name is Ana Lima, from Davao". A word that is no name
(lower case: "I am working from Lagos") says nothing; a nationality stated outright still wins."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,country", [
    ("Namaste! I am Suman from Pokhara. I am 27 years old and I finished BBA in 2022. Japanese I have only N4, but my "
     "IELTS is 6.5. I live in Nepal now. Can I apply to the METI internship program? Thank you dai.", "Nepal"),
    ("I'm Suman, from Pokhara, 27, N4. Can I apply?", "Nepal"),
    ("This is Ravi and I'm from Pune, 25 years old, english fluent. Can I join JIP?", "India"),
    ("Hello! My name is Ana Lima, from Davao. I am 25. Am I eligible for the Japan Internship Program?",
     "Philippines"),
    ("ポカラ出身のスマンです。27歳です。JIPに応募できますか？", "Nepal"),
])
def test_a_city_of_origin_after_a_name_gives_its_country(text: str, country: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["nationality"] == country
    assert "assume.nationality_from_city" in [k for k, _ in parsed.notes]


@pytest.mark.parametrize("text,nationality", [
    ("I am working from Lagos this year, 25, N3. Can I apply?", None),
    ("I am Kenyan from Lagos, 25, N3. Can I apply?", "Kenya"),
])
def test_no_name_no_city_and_a_stated_nationality_wins(text: str, nationality: str | None) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("nationality") == nationality
    assert "assume.nationality_from_city" not in [k for k, _ in parsed.notes]
