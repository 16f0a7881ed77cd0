"""A planned change to the count, asked about the future (knowledge/nlu/*.yaml ``count_plans``, ``increments``,
``changes``).

The class: "we have 198 full-time employees and from April we hire 5 new graduates", 「正社員は今198名です。来年4月に新卒が
7名入社して205名になる予定です」, "Next year 3 people will retire": the people planned to join or leave change the count
of now, the count asked about is the planned one (203, 205, 37), and it is computed beside the count of now so the reply
compares the two (and says the sum); a count of now and the planned one said outright (「今198名ですが、来年4月には205名
になる予定」) are the same two counts. In a follow-up after a quota answer ("and from april we hire 5 new graduates full
time. does the number go up?") the hires are an increment of the count held, never a question out of scope. A change
already made is no plan (「先月2名が退職しました。今は48名です」 is 48, the count of now).
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

JA_7C_14 = ("正社員は今198名です。来年4月に新卒が7名入社して205名になる予定です（退職予定の人はいません）。来年4月以降、技能実習生の1号は"
            "同時に何人まで受け入れられますか？今より増えますか？")

PLANNED = [
    ("we have 198 full-time employees and from april we hire 5 new graduates full time. how many trainees can we have "
     "then?", 198, 203),
    ("We have 40 full-time staff. Next year 3 people will retire. How many trainees can we take then?", 40, 37),
    ("We have 40 full-time staff. 5 new graduates are going to join in April. How many trainees then?", 40, 45),
    ("We have 198 full-time employees now; from April 2027 we will have 203. How many trainees can we have at once "
     "then?", 198, 203),
    (JA_7C_14, 198, 205),
    ("常勤は50名です。来月2名が退職する予定です。実習生は何人まで？", 50, 48),
    ("正社員は今198名ですが、来年4月には205名になる予定です。1号は何人まで受け入れられますか？", 198, 205),
]


@pytest.mark.parametrize(("text", "now", "planned"), PLANNED)
def test_a_planned_change_gives_the_planned_count_beside_the_count_of_now(text: str, now: int, planned: int) -> None:
    parsed = repo_understander().parse(text)
    assert parsed.slots.get("full_time_employees") == planned
    assert parsed.scenarios.get("full_time_employees") == (now, planned)


@pytest.mark.parametrize(("text", "count"), [
    ("常勤は50名です。先月2名が退職しました。今は48名です。実習生は何人まで？", 48),
    ("We have 40 full-time staff. How many trainees can we take?", 40),
])
def test_a_change_made_or_none_is_no_plan(text: str, count: int) -> None:
    parsed = repo_understander().parse(text)
    assert parsed.slots.get("full_time_employees") == count
    assert "full_time_employees" not in parsed.scenarios


def test_the_reply_computes_both_counts_and_says_the_sum(bot) -> None:
    reply = converse(bot, JA_7C_14)
    assert sorted(c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")) == [198, 205]
    assert "198 + 7 = 205" in reply.answer
    assert "15人まで" in reply.answer


@pytest.mark.parametrize("follow_up", [
    "and from april we hire 5 new graduates full time. does the number go up?",
    "from april we will hire 5 new grads. does that change the limit?",
])
def test_planned_hires_in_a_follow_up_are_added_to_the_count_held(bot, follow_up: str) -> None:
    reply = converse(bot, "we are a food processing company with 198 full-time employees (trainees not included). how "
                          "many technical intern trainees can we have at the same time?", follow_up)
    assert [c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")] == [203], reply.tool_calls
    assert not reply.refused


def test_planned_hires_by_who_they_are_are_an_increment() -> None:
    parsed = repo_understander().parse("and from april we hire 5 new graduates full time. does the number go up?")
    assert parsed.increments.get("full_time_employees") == 5
