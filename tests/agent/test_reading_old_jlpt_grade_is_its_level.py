"""An old JLPT grade held ("JLPT 3 kyu", "the old JLPT level 4", 「日本語能力試験３級」「旧3級」, a grade in kanji 「二級」) is the
level of the grade table kept as data (1 kyu N1, 2 kyu N2, 3 kyu N4, 4 kyu N5): an old 3 kyu is below the N3 the rule
asks, never N3; a grade studied for is no level held."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,level", [
    ("JLPT 3 kyu", "N4"),
    ("JLPT 4 kyu, Nepali, 25", "N5"),
    ("I passed the old JLPT level 3", "N4"),
    ("I have the old level 4", "N5"),
    ("JLPT 2 kyu", "N2"),
    ("日本語能力試験３級", "N4"),
    ("日本語能力試験4級です", "N5"),
    ("旧3級です", "N4"),
    ("日本語能力試験二級を持っています", "N2"),
    ("JLPT二級", "N2"),
    ("日本語能力試験一級", "N1"),
])
def test_old_grade_is_its_level(text: str, level: str) -> None:
    assert slots_of(text)["jlpt_level"] == level


@pytest.mark.parametrize("text", ["studying for JLPT 3 kyu", "日本語能力試験3級を勉強中", "日本語能力試験二級を目指しています"])
def test_grade_studied_for_is_none(text: str) -> None:
    assert slots_of(text).get("jlpt_level") in (None, "none")
