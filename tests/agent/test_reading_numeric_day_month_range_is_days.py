"""An internship's days written as two numbers each, in English day/month or month/day ("from 1/10 to 15/11", "10/1 to
11/15") or in Japanese (「14/10〜15/11」): both ends are read in one order (an end that fits only one order decides it),
they give the days of the range, both counted, and none of their numbers is an age; when both orders make a range the
language's usual order is read (English day/month, Japanese month/day) and the reply says which."""

from __future__ import annotations

import pytest

from bot.text.dates import MONTH_DAY, numeric_range_readings
from tests.agent.reading_checks import slots_of
from tests.knowledge import repo_understander


@pytest.mark.parametrize("text,days", [
    ("online internship from 1/10 to 15/11", 46),
    ("online internship from 10/1 to 11/15", 46),
    ("in person between 1/10/2024 and 15/11/2024", 46),
    ("in-person 1/10 - 15/11, how much support?", 46),
    ("from 1/10 to 12/11, in person", 43),
    ("14/10〜15/11、オンライン", 33),
    ("10/1〜11/14、オンライン", 45),
    ("オンラインで10/1から11/15まで", 46),
])
def test_numeric_range_is_days_and_no_age(text: str, days: int) -> None:
    slots = slots_of(text)
    assert slots["days"] == days
    assert "age" not in slots


@pytest.mark.parametrize("text,said", [
    ("from 1/10 to 12/11, in person", "day/month"),
    ("10/1〜11/12、対面", "月/日"),
])
def test_the_order_read_is_said_when_both_fit(text: str, said: str) -> None:
    notes = dict(repo_understander().parse(text).notes)
    assert said in notes["reading.date_range"]["end"]


def test_an_end_that_fits_one_order_decides_both() -> None:
    assert numeric_range_readings("1/10", "15/11") == [((None, 10, 1), (None, 11, 15), "day_month")]
    assert numeric_range_readings("10/1", "11/15")[0][2] == MONTH_DAY
    assert len(numeric_range_readings("1/10", "12/11")) == 2


def test_a_share_written_as_fractions_is_no_range() -> None:
    assert "days" not in slots_of("practical share from 1/3 to 1/2 of the hours")
