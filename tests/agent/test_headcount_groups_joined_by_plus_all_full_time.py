"""A workforce given as groups joined by "+" (or listed) with a trailing "all full time" ("9 welders + 2 office, all full
time mon-fri 8h", 「溶接工9名＋事務2名、全員フルタイム」): the count is the groups' sum (11), the groups in the order they
are listed. Before, a bare department word after a number ("2 office") and a trade name (溶接工, 左官) were no group, so
no count was read (the bot asked for it)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count,parts", [
    ("small welding shop. 9 welders + 2 office, all full time mon-fri 8h. then 3 part timers: 2 of them come tue and "
     "thu 6 hours, 1 comes mon-fri 4 hours a day. how many trainees can we take for welding? no.1 and no.2", 11,
     ["9", "2"]),
    ("we have 20 production + 3 admin + 2 sales, all full-time. how many trainees can we take?", 25, ["20", "3", "2"]),
    ("小さな溶接工場です。溶接工9名＋事務2名、全員フルタイムで月〜金8時間です。ほかにパート3名。溶接で実習生は何人？", 11,
     ["9", "2"]),
    ("製造20名+事務3名+営業2名、全員正社員です。実習生は何人まで？", 25, ["20", "3", "2"]),
    ("大工5名と左官2名、事務1名で、みんな正社員です。何人受け入れられる？", 8, ["5", "2", "1"]),
])
def test_groups_joined_by_plus_all_full_time_are_summed(text: str, count: int, parts: list[str]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == count
    assert dict(parsed.notes)["reading.group_sum"]["parts"] == parts
