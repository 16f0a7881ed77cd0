"""Two citizenships listed together without a word such as "dual" or "both" ("I have Filipino and Canadian citizenship",
"a Kenyan passport and a British passport", 「フィリピン国籍とカナダ国籍を持っています」) are each the applicant's: the
check runs on both, so the one on the DAC list is not lost behind the other."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,first,other", [
    ("I have Filipino and Canadian citizenship, 30, manila, n3", "Philippines", "Canada"),
    ("I hold a Kenyan passport and a British passport", "Kenya", "United Kingdom"),
    ("kenyan and british passports, 29", "Kenya", "United Kingdom"),
    ("フィリピン国籍とカナダ国籍を持っています", "Philippines", "Canada"),
])
def test_both_citizenships_are_checked(text: str, first: str, other: str) -> None:
    slots = slots_of(text)
    assert slots["nationality"] == first and slots["other_nationalities"] == [other]
