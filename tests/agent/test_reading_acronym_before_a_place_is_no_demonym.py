"""Class: a word in capitals before "in <place>" is an acronym (the METI internship in Japan, the JITCO office in
Tokyo), never a demonym saying where the person is: "living in da nang now ... the METI internship in japan" is
not residing in Japan. A demonym before the place ("Nepali in Tokyo") still is where the person lives."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "hello sir i am from vietnam 27 years old, living in da nang now. i have JLPT N2 and never join this program "
    "before. can i apply the METI internship in japan",
    "I'm Kenyan, 30, living in Nairobi. Is the METI internship in Tokyo open to me?",
    "Filipino, 26, based in Cebu. can i join the METI program in japan?",
])
def test_an_acronym_before_a_place_in_japan_is_no_residence_there(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False


@pytest.mark.parametrize("text", ["i am 27, Nepali in Tokyo, N3. can i apply for the METI internship?",
                                  "Vietnamese in Osaka, 25, N2. can I apply for JIP?"])
def test_a_demonym_before_a_place_in_japan_is_still_residence(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True
