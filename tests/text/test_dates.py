"""A day named in full, in English and Japanese writing, is read as that calendar day."""

from __future__ import annotations

from datetime import date

import pytest

from bot.text.dates import days_named, month_number, names_only

DAY = date(2024, 8, 1)


@pytest.mark.parametrize("text", ["on 1 August 2024", "as of August 1, 2024", "on 1st Aug 2024", "2024-08-01",
                                  "2024/8/1", "2024年8月1日時点", "on the 1 of August, 2024"])
def test_the_day_is_read_in_each_writing(text: str) -> None:
    assert names_only(text, DAY)


@pytest.mark.parametrize("text", ["in July", "next month", "on 1 September 2024", "2025年8月1日", "last year", ""])
def test_another_day_or_none_is_not_that_day(text: str) -> None:
    assert not names_only(text, DAY)


def test_an_impossible_day_is_skipped() -> None:
    assert days_named("2024-02-30") == []


@pytest.mark.parametrize(("name", "number"), [
    ("8", 8), ("08", 8), ("Aug", 8), ("august", 8), ("AUGUST", 8), ("Sept.", 9), (" oct ", 10), ("12", 12),
])
def test_month_number_reads_a_numbered_or_named_month(name: str, number: int) -> None:
    assert month_number(name) == number


@pytest.mark.parametrize("name", ["", "summer", "八月", "1st"])
def test_month_number_is_none_for_anything_else(name: str) -> None:
    assert month_number(name) is None
