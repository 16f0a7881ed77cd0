"""Class: a heading that states who the list under it is (its full-time status or its schedule, in brackets or before
the colon) decides every item of a bullet list of departments: "Our staff right now (all full-time, Mon-Fri, 8h/day):
- production line: 64 - warehouse: 18 - office/admin: 9 - sales: 11" is 102 full-time employees and the quota is asked
(en7m-13), 「月〜金・1日8時間勤務のスタッフ：・製造 30名・事務 5名」 is 35; a list under a part-time heading ("Part-timers (3
days a week, 4h):") is no count, the count stated elsewhere is. A list by department is never read as establishments."""

from __future__ import annotations

import pytest

from reading_checks import calls_named
from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

EN13 = ("Our staff right now (all full-time, Mon-Fri, 8h/day):\n- production line: 64\n- warehouse: 18\n- office/admin: 9\n"
        "- sales: 11\nOn top of that we have 12 students working part-time on the evening shift (3h). We're a standard "
        "implementing organization, not excellent. What are our No.1 and No.2 limits for technical intern trainees?")
JA13 = ("社員の内訳（全員正社員、月〜金・1日8時間）：\n・製造ライン：64名\n・倉庫：18名\n・事務：9名\n・営業：11名\n"
        "ほかに夕方のシフトで学生アルバイトが12名（3時間）います。優良ではありません。技能実習1号と2号の上限は？")

CASES = [
    (EN13, 102),
    ("Our staff (Mon-Fri, 8h/day):\n- production: 30\n- warehouse: 8\n- office: 5\nHow many No.1 trainees can we take?", 43),
    ("Staff working Mon-Fri, 8 hours a day:\n- line: 40\n- office: 5\nTrainee quota?", 45),
    ("Full-time staff (5 days x 8h):\n* assembly: 22\n* QC: 4\n* admin: 3\nHow many technical intern trainees can we have?",
     29),
    ("Part-timers (3 days a week, 4h):\n- packing: 5\n- cleaning: 3\nFull-time staff: 40\nTrainee quota?", 40),
    (JA13, 102),
    ("社員（全員週5日・1日8時間）：\n・製造：30名\n・事務：5名\n実習生は何人まで受け入れられますか？", 35),
    ("月〜金・1日8時間勤務のスタッフ：\n・製造 30名\n・事務 5名\n技能実習生の受け入れ人数枠は？", 35),
    # the heading's schedule in brackets before the colon of a list in one sentence
    ("Full-time staff (Mon-Fri, 8h a day): production 40, office 9, warehouse 11. How many No.1 trainees?", 60),
    ("常勤（週5日・1日8時間）の内訳：製造30名、品質管理4名、事務3名。1号は何人まで？", 37),
]


@pytest.mark.parametrize("text, count", CASES)
def test_the_heading_decides_its_list(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count
    assert "trainee_quota" in parsed.intents


@pytest.mark.parametrize("text, count", [(EN13, 102), (JA13, 102)])
def test_the_quota_runs_on_the_departments_sum(bot, text: str, count: int) -> None:
    reply = converse(bot, text)
    calls = calls_named(reply, "trainee_quota")
    assert calls and [c.args["full_time_employees"] for c in calls] == [count], reply.tool_calls
