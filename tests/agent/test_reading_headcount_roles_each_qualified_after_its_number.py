"""A workforce listed role by role, each role carrying its own full-time qualifier after its number, is summed (pack
``group_sums`` ``qualified``).

The class: "Staff: 26 on the factory floor full-time, 9 in the office full-time, 2 truck drivers full-time. Also 5
part-time ladies ..." is 26 + 9 + 2 = 37: never the one department's number the qualifier sits closest to, and the
part-time group beside them is not added (en7g-12). Japanese lists qualify each department before its number
(「製造部に正社員21名」), read by the same pack key (tests/agent/test_reading_headcount_departments_and_roles_summed.py);
a list under one qualifier heading is tests/agent/test_reading_headcount_lines_under_a_qualifier_heading.py.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

SUMMED = [
    ("Staff: 26 on the factory floor full-time, 9 in the office full-time, 2 truck drivers full-time. Also 5 part-time "
     "ladies (about 4 hours a day) and 3 Vietnamese trainees already (1st year). How many trainees can we have?", 37),
    ("We have 14 welders full-time, 3 drivers full-time and 4 part-time packers. Trainee quota?", 17),
    ("20 in the factory full time, 6 in the office full time, 2 part-timers. how many trainees?", 26),
    ("Staff: 12 machinists full-time, 4 office staff full-time. Also 3 trainees. Quota?", 16),
    ("30 on the production line, all full-time, 5 in sales full-time and 2 cleaners part-time. How many interns?", 35),
]


@pytest.mark.parametrize(("text", "count"), SUMMED, ids=[f"en-{i}" for i in range(len(SUMMED))])
def test_roles_each_qualified_after_their_number_are_summed(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


# Japanese list items each qualified in brackets after their count (ja7x-01: 「・製造部 ３０人（正社員）」): summed the
# same way; the part-timers' and trainees' items beside them are not, nor an item qualified as 非常勤
JA_BRACKETED = [
    ("うちの従業員構成です。\n・製造部 ３０人（正社員）\n・営業 １４人（正社員）\n・総務 ４人（正社員）\n・パートさん ６人（週４日、"
     "１日５時間）\n・技能実習生 ２人（もう働いてます）\nこの場合、技能実習生は何人まで受け入れできますか？", 48),
    ("・製造 20名（常勤）\n・検査課 5名（常勤）\n・事務 3名（パート）\n実習生の枠は？", 25),
    ("社員の内訳\n・工場 40人（フルタイム）\n・営業所 8人（フルタイム）\n受入れ人数を教えてください。", 48),
]


@pytest.mark.parametrize(("text", "count"), JA_BRACKETED, ids=[f"ja-{i}" for i in range(len(JA_BRACKETED))])
def test_japanese_items_qualified_in_brackets_after_their_count_are_summed(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


def test_a_part_time_group_beside_the_roles_is_not_added() -> None:
    assert slots_of("10 welders full-time, 4 packers part-time, 2 drivers full-time. Quota?").get(
        "full_time_employees") == 12


def test_the_quota_runs_on_the_roles_sum_and_says_it(bot) -> None:
    reply = converse(bot, SUMMED[0][0])
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [37], reply.answer
    assert "26 + 9 + 2 = 37" in reply.answer


@pytest.mark.parametrize(("text", "count"), [
    ("・製造 20名（全員常勤）\n・検査課 5名（常勤）\n・事務 3名（パート）\n実習生の枠は？", 25),
    ("製造20名（全員常勤）、事務3名（パート）。実習生の枠は？", 20),
    ("Production 20 (all full-time), office 3 (part-time). Trainee quota?", 20),
    ("Factory 18 (all full time), warehouse 4 (part time, 3 days a week), office 5. How many trainees?", 23),
])
def test_a_group_whose_own_remark_says_part_time_is_not_summed(text: str, count: int) -> None:
    # the class: a remark in brackets after one group ("(all full-time)", 「（全員常勤）」) is read as the list's, and a
    # group whose own remark says it is part-time ("(part-time)", 「（パート）」) was summed with the rest
    assert slots_of(text).get("full_time_employees") == count
