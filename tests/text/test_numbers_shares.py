"""A share as typed read exactly in percent: units ("25%", "2割5分"), words ("half", "two thirds" as "200/3") and
fractions in figures ("2/3", 「3分の2」)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from bot.text.numbers import read_share

EN_WORDS = {"half": 50, "two[- ]thirds": "200/3"}
JA_UNITS = {"%": 1, "割": 10, "分": 1}


@pytest.mark.parametrize(("text", "units", "words", "fractions", "share"), [
    ("25%", {"%": 1}, {}, [], Fraction(25)),
    ("2割5分", JA_UNITS, {}, [], Fraction(25)),
    ("half", {}, EN_WORDS, [], Fraction(50)),
    ("two thirds", {}, EN_WORDS, [], Fraction(200, 3)),
    ("2/3", {}, {}, [r"(?P<num>\d+)\s*/\s*(?P<den>\d+)"], Fraction(200, 3)),
    ("3分の2", JA_UNITS, {}, [r"(?P<den>\d+)\s*分の\s*(?P<num>\d+)"], Fraction(200, 3)),
    ("4分の1", JA_UNITS, {}, [r"(?P<den>\d+)\s*分の\s*(?P<num>\d+)"], Fraction(25)),
])
def test_a_share_is_read_exactly(text: str, units: dict, words: dict, fractions: list, share: Fraction) -> None:
    assert read_share(text, units, words, fractions) == share


@pytest.mark.parametrize("text", ["3/2", "0分の1", "two thirds of it"])
def test_no_share_past_the_whole_or_with_other_words(text: str) -> None:
    fractions = [r"(?P<num>\d+)\s*/\s*(?P<den>\d+)", r"(?P<den>\d+)\s*分の\s*(?P<num>\d+)"]
    assert read_share(text, {}, EN_WORDS, fractions) is None
