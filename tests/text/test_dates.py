"""A day named in full, in English and Japanese writing, is read as that calendar day."""

from __future__ import annotations

from datetime import date

import pytest

from bot.text.dates import days_named, names_only

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
