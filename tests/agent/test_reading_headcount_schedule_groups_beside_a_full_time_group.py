"""Groups told by their weekly schedule beside a group said full-time, each tested against the rule book's full-time
definition (pack ``schedule_groups``; RULES.md: at least 5 days and 30 hours a week, or employment insurance and 30
hours a week).

The class: "38 regular staff, 8h x 5 days. 3 people work 5 days a week, 6.5h per day (permanent contracts, in
employment insurance). 10 people work 3 days a week, 8h a day, also in employment insurance" is 38 + 3 = 41 (the 3 at
32.5 hours count, the 10 at 24 hours do not; en7g-17); "8 welders (40 h/week, Mon-Fri), 3 office people (5 days x 8 h),
2 delivery drivers (Mon-Fri, 35 h a week), 4 part-timers who come 3 days a week" is 13 (en7f-16); 「正社員：24名（週5日・
40時間）/ 契約社員：5名（週4日・1日8時間、雇用保険加入）/ 短時間正社員：4名（週5日・1日6時間、雇用保険加入）/ パート：9名（週5日・
1日5時間、雇用保険加入）」 is 33 (ja7f-17). A schedule may be written "8h x 5 days", "5 days x 8 h", "40 h/week", 「週5日・40
時間」; the full-time group may have no schedule of its own ("38 regular staff"); a group whose days alone decide the
test ("3 days a week", not insured) is left out without its hours. Never the full-time group's number alone.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

GROUPS = [
    ("en", "Trying to count our full-time employees for the trainee quota. 38 regular staff, 8h x 5 days. 3 people work "
           "5 days a week, 6.5h per day (permanent contracts, in employment insurance). 10 people work 3 days a week, "
           "8h a day, also in employment insurance. Who counts, and how many trainees can we take?", 41),
    ("en", "38 regular staff. 3 people work 5 days a week, 6.5h per day, in employment insurance. 10 people work 3 days "
           "a week, 8h a day. How many trainees?", 41),
    ("en", "Small metal workshop. Staff: 8 welders (40 h/week, Mon-Fri), 3 office people (5 days x 8 h), 2 delivery "
           "drivers (Mon-Fri, 35 h a week), 4 part-timers who come 3 days a week, and 2 trainees who are in their 2nd "
           "year (No.2). How many new No.1 trainees can we have?", 13),
    ("en", "20 full-time staff. 4 people work Mon-Fri, 7h a day. 6 part-timers work 4h a day, 5 days a week. Quota?", 24),
    ("ja", "常勤職員の数え方が分からなくて質問です。\n正社員：24名（週5日・40時間）\n契約社員：5名（週4日・1日8時間、雇用保険加入）\n"
           "短時間正社員：4名（週5日・1日6時間、雇用保険加入）\nパート：9名（週5日・1日5時間、雇用保険加入）\n"
           "1号・2号は何人まで受け入れられますか？", 33),
    ("ja", "正社員は30名です。ほかに、週5日・1日7時間の契約社員が3名、週3日・1日8時間のパートが6名います。実習生は何人まで？", 33),
]


@pytest.mark.parametrize(("lang", "text", "count"), GROUPS, ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(GROUPS)])
def test_each_group_is_tested_and_the_ones_that_pass_are_summed(lang: str, text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize(("text", "count", "said"), [
    (GROUPS[0][1], 41, "38 (5 days, 40 hours a week) + 3 (5 days, 32.5 hours a week) = 41"),
    (GROUPS[1][1], 41, "38 (full-time as you said) + 3 (5 days, 32.5 hours a week) = 41"),
], ids=["scheduled", "said-full-time"])
def test_the_quota_runs_on_the_groups_that_pass_and_says_them(bot, text: str, count: int, said: str) -> None:
    reply = converse(bot, text)
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [count], reply.answer
    assert said in reply.answer
