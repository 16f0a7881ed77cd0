"""A JLPT level written loosely ("jlpt2", "JLPT level 2", "JLPT-3", "JLPT 2 kyu") or as the old grade of the same level
(「日本語能力試験2級」「JLPT1級」「旧2級」, also called 日本語検定) is that level; an old 3 or 4 kyu is below N3 and is not read
as N3; a level studied for or still to be taken ("studying for n2", "will take N3 in december", 「N2勉強中」) is no level
held."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,level", [
    ("jlpt2", "N2"),
    ("JLPT level 2", "N2"),
    ("JLPT-3", "N3"),
    ("JLPT 2 kyu", "N2"),
    ("my home country is nepal but i live in dubai now, age 26, jlpt2. can I apply to JIP?", "N2"),
    ("I have N3 and I'm studying for N2", "N3"),
    ("日本語能力試験2級", "N2"),
    ("日本語能力試験1級を持っています", "N1"),
    ("日本語検定2級", "N2"),
    ("JLPT2級合格", "N2"),
    ("旧2級", "N2"),
])
def test_loose_level_is_the_level(text: str, level: str) -> None:
    assert slots_of(text)["jlpt_level"] == level


@pytest.mark.parametrize("text", [
    "JLPT 3 kyu",
    "日本語能力試験３級",
    "I took JLPT 2 years ago",
    "studying for n2",
    "preparing for the JLPT N2",
    "will take N3 in december",
    "N3 in progress",
    "N2勉強中",
    "N3を受験予定",
])
def test_no_level_held(text: str) -> None:
    assert slots_of(text).get("jlpt_level") not in ("N1", "N2", "N3")
