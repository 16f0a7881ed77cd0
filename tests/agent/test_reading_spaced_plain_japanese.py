"""Plain Japanese written in kana with spaces between the words (かいしゃ の じょうきん しょくいん は 40 にん です) is read as
the same sentence unspaced: the headcount, the JLPT level."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text,slot,value", [
    ("かいしゃ の じょうきん しょくいん は 40 にん です。 じっしゅうせい は なんにん うけいれ できますか？", "full_time_employees", 40),
    ("じゅうぎょういん 30 にん。じっしゅうせい なんにん うけいれ できる？", "full_time_employees", 30),
    ("わたし は フィリピン じん。 にほん に すんで いません。 N4 もって います。 30 さい。 インターンシップ に もうしこみ できますか",
     "jlpt_level", "N4"),
])
def test_spaced_plain_japanese_is_read(text: str, slot: str, value) -> None:
    assert U.parse(text).slots.get(slot) == value
