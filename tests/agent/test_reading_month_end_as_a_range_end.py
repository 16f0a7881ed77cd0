"""A range that ends with a month's end ("from 2 sept till end of october", "until october end", 「9月2日から10月末まで」
「10月いっぱい」) ends on that month's last day (February's in its year when one is said), both ends counted."""

from __future__ import annotations

import pytest

from bot.text.dates import month_last_day
from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,days", [
    ("in person from 2 sept till end of october", 60),
    ("in person from 2 sept till the end of october 2024", 60),
    ("online from sept 2 until october end", 60),
    ("online from 1 feb 2024 to the last day of february", 29),
    ("9月2日から10月末まで対面", 60),
    ("2024年9月2日から2024年10月末まで対面", 60),
    ("9月2日〜10月いっぱい、オンライン", 60),
    ("オンラインで11月1日から11月の終わりまで", 30),
])
def test_month_end_is_its_last_day(text: str, days: int) -> None:
    assert slots_of(text)["days"] == days


@pytest.mark.parametrize("year,month,day", [(2024, 2, 29), (None, 2, 28), (2023, 10, 31), (None, 9, 30)])
def test_month_last_day(year: int | None, month: int, day: int) -> None:
    assert month_last_day(year, month) == day
