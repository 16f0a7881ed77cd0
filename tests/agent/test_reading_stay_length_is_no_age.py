"""Class: "I was N years in/at <place>" gives the length of a stay, never an age ("I was 3 years in Tokyo" was read as
age 3); an age at a time keeps being read ("I was 39 on 1 Aug 2024", "I was 39 years old in August 2024", "he was 41
in august 2024")."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize(
    "message",
    [
        "I was 3 years in Tokyo.",
        "I was 3 years in Tokyo as a student, now I live in Hanoi.",
        "I was 2 years at Osaka University as an exchange student.",
        "She was 4 yrs in Nagoya before going home.",
    ],
)
def test_a_stay_length_is_no_age(message: str):
    assert "age" not in slots_of(message)


@pytest.mark.parametrize(
    ("message", "age"),
    [
        ("I was 39 on 1 aug 2024", 39),
        ("I was 39 years old in August 2024", 39),
        ("he was 41 in august 2024", 41),
        ("I was 25 years in 2019", 25),
    ],
)
def test_an_age_at_a_time_is_still_read(message: str, age: int):
    assert slots_of(message).get("age") == age
