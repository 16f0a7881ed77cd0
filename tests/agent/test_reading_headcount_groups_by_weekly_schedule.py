"""Groups of a workforce each told by its weekly schedule, not as full-time or part-time (knowledge/nlu/*.yaml
``schedule_groups``; shared/domain/RULES.md section 1).

The class: "27 guys work Mon-Fri, 8h a day. 4 people work Mon-Fri 6h a day (30h a week). 6 part-timers who come Mon-Thu
5h a day", 「月〜金・1日8時間の社員が27名、…週4日・1日6時間のパートが5名」: each group meets the full-time test (at least 5
working days and 30 hours a week; employment insurance with 30 hours stands in for the days) or not, and the count is the
sum of the groups that do (27 + 4 = 31), never one group's number or the whole staff; the reply names the groups counted
and left out, with their days and hours. A count stated beside the groups that is neither all of them nor those counted
means the groups are only some of the staff: no such reading.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

EN_7C_22 = ("Small auto parts shop. Our staff: 27 guys work Mon-Fri, 8h a day, all year. 4 people work Mon-Fri 6h a day "
            "(30h a week) all year, they have employment insurance. Then 6 part-timers who come Mon-Thu 5h a day (20h a "
            "week), also insured. And the director (my father) who isn't paid as an employee. We are not an excellent "
            "organization. How many No.1 and No.2 trainees can we have at once?")
EN_7B_35 = ("I own a small plastic molding company. 38 people on staff: 30 of them work Monday to Friday, 8 hours a day. 5 "
            "work 4 days a week, 6 hours a day. 3 work 5 days a week but only 5 hours a day. No trainees yet, not an "
            "excellent organization. How many No.1 trainees can we have at once, and how many No.2?")
JA_GROUPS = "月〜金・1日8時間の社員が27名、月〜金・1日6時間（週30時間）のスタッフが4名（雇用保険あり）、月〜木・1日5時間のパートが6名います。実習生は何人まで？"

READ = [
    (EN_7C_22, 31),
    (EN_7B_35, 30),
    ("We have 12 people who work Mon-Sat, 7 hours a day and 5 who work 3 days a week, 8 hours a day. Trainee quota?", 12),
    ("20 staff work 5 days a week, 40 hours a week; 6 others work 4 days a week, 32 hours a week, all insured. Quota?", 26),
    ("20 staff work 5 days a week, 40 hours a week; 6 others work 4 days a week, 32 hours a week. Quota?", 20),
    (JA_GROUPS, 31),
    ("社員27名は月〜金で1日8時間、パート6名は週4日・1日5時間です。1号は何人まで？", 27),
    ("従業員は38名です。そのうち30名は月曜から金曜まで1日8時間、5名は週4日・1日6時間、3名は週5日・1日5時間の勤務です。1号と2号は何人まで受け入れられますか？", 30),
    ("週5日・1日8時間の正社員が40名、週3日・1日6時間のパートが10名います。実習生の上限は？", 40),
]

# the groups are only some of the staff (a larger count stated beside them): the stated count's own reading stands
NOT_ALL = [
    ("We have 45 full-time staff. Besides them, 5 work 4 days a week, 6 hours a day and 3 work 3 days a week, 4 hours a "
     "day. Quota?", 45),
]


@pytest.mark.parametrize(("text", "count"), READ + NOT_ALL)
def test_groups_by_weekly_schedule_count_those_meeting_the_full_time_test(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize(("text", "count", "said"), [
    (EN_7C_22, 31, ["27 (5 days, 40 hours a week) + 4 (5 days, 30 hours a week) = 31", "not counted: 6 (4 days, 20 hours"]),
    (EN_7B_35, 30, ["30 (5 days, 40 hours a week)", "not counted: 5 (4 days, 24 hours a week), 3 (5 days, 25 hours"]),
    (JA_GROUPS, 31, ["27人（週5日・週40時間）", "6人（週4日・週20時間）"]),
])
def test_the_quota_runs_on_the_groups_counted_and_says_which(bot, text: str, count: int, said: list[str]) -> None:
    reply = converse(bot, text)
    assert [c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")] == [count], reply.tool_calls
    for words in said:
        assert words in reply.answer, reply.answer
