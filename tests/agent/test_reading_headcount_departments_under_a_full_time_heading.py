"""Departments listed after a full-time word that heads them all (「当社の常勤職員は、製造部門310名、管理部門87名、営業部門55名
です」, "Our full-time staff: production 310, administration 87, sales 55"): the count is their sum (pack ``group_sums``
``all_counted`` with group ``headed``), the groups of the heading's sentence only; a remark that the trainees are not
included (「技能実習生18名は含んでいません」) leaves the sum as it is."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

CASES = [
    ("人事の田中です。当社の常勤職員は、製造部門310名、管理部門87名、営業部門55名です（技能実習生18名は含んでいません）。優良認定なしの"
     "場合、1号・2号の受け入れ人数の上限を教えてください。", 452),
    ("当社の正社員は、製造部310名、管理部87名、営業部55名です。1号は何人？", 452),
    ("正社員の内訳は製造20名、事務5名です。1号は何人まで？", 25),
    ("常勤職員は、製造部門30名、管理部門8名です。パートは倉庫に5名。1号は何人？", 38),
    ("Our full-time staff: production 310, administration 87, sales 55 (the 18 trainees are not included). How many "
     "No.1 trainees can we take?", 452),
    ("Full-time employees are: manufacturing division 310, admin division 87, sales division 55. Trainees (18) not "
     "included. Quota for No.1 and No.2?", 452),
    ("Full-time staff: production 30, office 8. Part-timers: 5 in the warehouse. No.1 limit?", 38),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_the_departments_under_the_heading_are_summed(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


def test_the_quota_runs_on_the_sum_with_its_rounding(bot) -> None:
    reply = converse(bot, CASES[0][0] + "端数が出る場合の扱いもあわせて知りたいです。")
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [452]
    assert "端数" in reply.answer and "452" in reply.answer
