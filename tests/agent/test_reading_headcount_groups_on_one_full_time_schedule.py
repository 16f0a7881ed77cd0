"""Roles listed, then one schedule said of all of them (「社員は製造が22人、事務3人、営業2人で、みんな週5日・1日8時間のフルタイム」,
"production 22, office 3, sales 2, all of them work 5 days a week, 8 hours a day"): when that schedule is full-time by
the rule book's days and hours, every role counts and the count is their sum (pack ``group_sums`` ``all_scheduled``);
a schedule under the rule's leaves the roles unsummed."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

JA_CASE = ("金属加工の小さな工場をやっています。技能実習生の受け入れを考えていて、何人までいけるのか知りたいです。\n"
           "うちの人員は、社長の私と専務（家内）が役員で、給料は役員報酬でもらってます。社員は製造が22人、事務3人、営業2人で、みんな"
           "週5日・1日8時間のフルタイム。あとはパートさんが5人（週4日・1日5時間）。実習生は今はいません。\n"
           "優良とかの認定は持ってないです。1号と2号、それぞれ何人までですか？")


@pytest.mark.parametrize(("text", "count"), [
    (JA_CASE, 27),
    ("社員は製造20人、事務4人、全員週5日・1日8時間勤務です。1号は何人？", 24),
    ("Staff: production 22, office 3, sales 2, all of them work 5 days a week, 8 hours a day. Plus 5 part-timers "
     "(4 days, 5h). How many No.1 and No.2?", 27),
    ("We have production 22, office 3, sales 2 - all full time, 5 days x 8h. Also 5 part-timers. How many No.1?", 27),
])
def test_the_roles_on_a_full_time_schedule_are_summed(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text", [
    "社員は製造が22人、事務3人で、みんな週3日・1日6時間です。1号は何人？",
    "Staff: production 22, office 3, all of them work 3 days a week, 6 hours a day. How many No.1?",
])
def test_a_schedule_under_the_rules_sums_nothing(text: str) -> None:
    assert slots_of(text).get("full_time_employees") not in (25,)
