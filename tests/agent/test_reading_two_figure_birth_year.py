"""A birth year written with two figures ("I was born in '85", "born 85", "DOB: '99", 「85年生まれ」「生まれは96年です」) is that
year of the last century (or of this one when that leaves the person ten or older: "born 05" is 2005), never an age of
85: the age on the rule's day is the one or two the year allows (asked when two on either side of the limit)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.text.dates import two_figure_year
from tests.knowledge import repo_understander


@pytest.mark.parametrize("text,year", [
    ("I was born in '85, Indian, N2", 1985),
    ("born 85, Indian, N2", 1985),
    ("born in 96 and I have N3, Nepali", 1996),
    ("DOB: '99, Filipino, N2", 1999),
    ("born in the year 90, Kenyan, fluent English", 1990),
    ("85年生まれ、インド人、N2", 1985),
    ("生まれは96年です。N3", 1996),
    ("’99年生まれのベトナム人です", 1999),
])
def test_two_figure_birth_year_is_a_year(text: str, year: int) -> None:
    parsed = repo_understander().parse(text)
    assert parsed.slots.get("age") != year % 100
    notes = dict(parsed.notes)
    said = notes.get("reading.birth_year_only") or notes.get("reading.birth_year_either_age")
    assert said["born"] == str(year)


@pytest.mark.parametrize("written,year", [("'85", 1985), ("05", 2005), ("25", 1925), ("96年", 1996), ("1996", None)])
def test_two_figure_year_century(written: str, year: int | None) -> None:
    assert two_figure_year(written, date(2026, 12, 7)) == year


@pytest.mark.parametrize("text,born", [
    ("born 25 years ago in Nepal", None),
    ("born 15 sept 1990, N2", "1990-09-15"),
    ("平成5年生まれ、N3", "1993"),
])
def test_other_birth_dates_keep_their_reading(text: str, born: str | None) -> None:
    notes = dict(repo_understander().parse(text).notes)
    said = (notes.get("reading.birth_date") or notes.get("reading.birth_year_only")
            or notes.get("reading.birth_year_either_age"))
    assert (said or {}).get("born") == born
