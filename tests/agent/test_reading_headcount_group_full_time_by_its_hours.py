"""A group named beside a full-time count by its hours and days, not as full-time (knowledge/nlu/*.yaml
``hours_groups``).

The class: "6 people who work about 140 hours a month, also 5 days a week all year", 「月140時間・週5日勤務のスタッフが
6名」: at or over the rule book's full-time hours a week (a month's hours × 12 / 52: 140 a month is about 32 a week) on
five days a week, the group is full-time and added to the count (25 + 6 = 31, said); under them (80 or 120 hours a
month) or with its days not said, it is not.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

READ = [
    ("Staff: 25 people full-time, 40 hours a week, 5 days. 6 people who work about 140 hours a month, also 5 days a "
     "week all year, permanent contract. 10 part-time ladies at about 80 hours a month (3-4 days a week). Quota?", 31),
    ("We have 30 full-time staff and 4 workers on 140 hours a month, 5 days a week. Quota?", 34),
    ("We have 30 full-time staff, plus 3 people working 32 hours a week, 5 days a week. How many trainees?", 33),
    ("We have 30 full-time staff and 4 workers on 120 hours a month, 5 days a week. Quota?", 30),
    ("We have 30 full-time staff and 4 people who work 140 hours a month. Quota?", 30),
    ("常勤の正社員が20名、ほかに月140時間・週5日勤務のスタッフが6名います。実習生は何人まで？", 26),
    ("常勤の正社員が20名、週5日・月150時間の契約社員が3名います。実習生は何人まで？", 23),
    ("常勤の正社員が20名、週5日・月80時間のパートが5名います。実習生は何人まで？", 20),
]


@pytest.mark.parametrize(("text", "count"), READ)
def test_a_group_at_the_full_time_hours_is_added(text, count) -> None:
    assert repo_understander().parse(text).slots.get("full_time_employees") == count


def test_the_quota_runs_on_the_count_with_the_group_and_says_it(bot) -> None:
    reply = converse(bot, "Small workshop, not excellent. Staff: 25 people full-time, 40 hours a week, 5 days. 6 people "
                          "who work about 140 hours a month, also 5 days a week all year, permanent contract. 10 "
                          "part-time ladies at about 80 hours a month (3-4 days a week). What is our max for No.1?")
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [31]
    assert "25 + 6 = 31" in reply.answer
