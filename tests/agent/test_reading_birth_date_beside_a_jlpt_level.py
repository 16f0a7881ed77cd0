"""A birth date beside a JLPT level ("born 12/03/1996, N3", 「生年月日：1996/03/12、N3」): the figure of the level (glued to
its letter) is no age stated beside the date, so the age is the one the birth date gives on the rule's day, never the
level's figure or a part of the date; a birth date written day/month/year in Japanese (「12/03/1996生まれ」) is read too."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text", [
    "born 12/03/1996, N3",
    "I'm Vietnamese, born 12/03/1996, N3, living in Hanoi. Can I apply to JIP?",
    "N3, born 12/03/1996",
    "born on 12/03/1996, JLPT N3, Nepali",
    "生年月日：1996/03/12、N3、ベトナム人",
    "生年月日は1996/03/12です。JLPT N3",
    "12/03/1996生まれ、N3",
    "1996/3/12生まれ、Ｎ３です",
])
def test_jlpt_level_is_no_age_beside_a_birth_date(text: str) -> None:
    slots = slots_of(text)
    assert slots["age"] == 28
    assert slots["jlpt_level"] == "N3"


@pytest.mark.parametrize("text,level", [
    ("born 05/04/1995, N4, Nepali", "N4"),
    ("born 05/04/1995, n1, Indian", "N1"),
    ("1995年4月5日生まれ、N5です", "N5"),
])
def test_other_levels_beside_a_birth_date(text: str, level: str) -> None:
    slots = slots_of(text)
    assert slots["age"] == 29
    assert slots["jlpt_level"] == level
