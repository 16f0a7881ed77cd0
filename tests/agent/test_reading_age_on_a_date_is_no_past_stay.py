"""Class: "I was N on <date>" states an age on that date (the JIP's age rule is "as of August 1, 2024"), not a stay
that is over: the residence written after it ("i was 39 on 1 aug 2024, living in auckland NZ") is the user's now.
A past stay with a duration ("I was 3 years in Tokyo") is still one. ent-23 lost the residence abroad."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize(
    "message",
    [
        "ok. im samoan, i was 39 on 1 aug 2024, living in auckland NZ, english fluent, never joined before. am i ok?",
        "I was 25 on August 1, 2024, living in Lima, Peru.",
        "i was 30 as of 1 August 2024 and I live in Kathmandu",
    ],
)
def test_the_residence_after_an_age_on_a_date_is_read(message: str):
    slots = slots_of(message)
    assert slots.get("residing_in_japan") is False


def test_a_stay_with_its_duration_is_still_over():
    """The stay in Japan is over: no residence in Japan is read from it."""
    assert slots_of("I was 3 years in Tokyo as a student.").get("residing_in_japan") is not True
