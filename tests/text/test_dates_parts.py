"""Written dates read into year, month and day (each unknown when not written), ages on a day from a birth date,
and the days of a range with both ends counted."""

from __future__ import annotations

from datetime import date

import pytest

from bot.text.dates import ages_on, birth_parts, date_parts, days_between

ERAS = {"昭和": 1925, "平成": 1988, "令和": 2018}


@pytest.mark.parametrize(("text", "parts"), [
    ("15 September 1983", (1983, 9, 15)),
    ("Sept 15, 1983", (1983, 9, 15)),
    ("1983-09-15", (1983, 9, 15)),
    ("15/09/1983", (1983, 9, 15)),
    ("September 1983", (1983, 9, None)),
    ("1984", (1984, None, None)),
    ("oct 1", (None, 10, 1)),
    ("1983年9月15日", (1983, 9, 15)),
    ("昭和58年9月15日", (1983, 9, 15)),
    ("平成元年", (1989, None, None)),
    ("10月1日", (None, 10, 1)),
])
def test_date_parts(text: str, parts: tuple) -> None:
    assert date_parts(text, ERAS) == parts


def test_a_birth_date_needs_a_year() -> None:
    assert birth_parts("oct 1") is None
    assert birth_parts("born in 1984") == (1984, None, None)


@pytest.mark.parametrize(("born", "ages"), [
    ((1983, 9, 15), {40}), ((1983, 8, 1), {41}), ((1983, 8, 2), {40}), ((1984, None, None), {39, 40}),
    ((1983, 9, None), {40}), ((1983, 8, None), {40, 41}),
])
def test_ages_on_the_reference_date(born: tuple, ages: set[int]) -> None:
    assert ages_on(*born, date(2024, 8, 1)) == ages


@pytest.mark.parametrize(("start", "end", "days"), [
    ((None, 10, 1), (None, 11, 14), 45),
    ((None, 12, 20), (None, 1, 10), 22),
    ((2024, 2, 1), (None, 3, 1), 30),
    ((None, 2, 1), (None, 3, 1), 29),
    ((2024, 10, 1), (2024, 9, 1), None),
])
def test_days_between_counts_both_ends(start: tuple, end: tuple, days: int | None) -> None:
    assert days_between(start, end) == days


@pytest.mark.parametrize(("text", "readings"), [
    ("10/09/1984", [(1984, 9, 10), (1984, 10, 9)]),
    ("05.08.1984", [(1984, 8, 5), (1984, 5, 8)]),
    ("20/09/1984", [(1984, 9, 20)]),
    ("09/20/1984", [(1984, 9, 20)]),
    ("07/07/1990", [(1990, 7, 7)]),
    ("1984/9/10", []),
    ("10 September 1984", []),
])
def test_day_and_month_in_figures_before_the_year_read_day_first(text: str, readings: list) -> None:
    from bot.text.dates import day_month_readings

    assert day_month_readings(text) == readings
    if readings:
        assert date_parts(text) == readings[0]
