"""A total that holds groups which are not full-time employees, listed in one sentence (「在籍45名のうち実習生3名、パート4名、
取締役2名（雇用契約なし）」, "45 on the payroll, including 3 trainees, 4 part-timers and 2 directors with no employment
contract", "32 persons, but this includes me and my wife, we are the two directors and we don't get salary as workers"):
the count is the total less every such group, each subtraction said in the reply; a director named without the pay
condition, or part-timers at the full-time hours, stay counted."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

LISTED = [
    "お世話になります。部品加工の会社をやっています。在籍は全部で45名なんですが、この中に技能実習生（1号）が3名、パートさん4名"
    "（週4日・1日5時間）、取締役2名（役員報酬のみで雇用契約なし）が入ってます。職種は一般の機械加工です。実習生は何人まで受け入れできますか？",
    "社員は45名ですが、この中に実習生3名、パート4名、取締役2名（雇用契約なし）が含まれています。何人受け入れられますか？",
    "We have 45 people on the payroll, including 3 technical intern trainees, 4 part-timers (20 hours a week) and 2 "
    "directors with no employment contract. How many trainees can we accept?",
    "45 staff in total, including 3 trainees, 4 part-time workers and 2 directors paid only director's fees. What is our "
    "trainee quota?",
]


@pytest.mark.parametrize("text", LISTED)
def test_every_group_not_employed_comes_out_and_is_said(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == 36
    steps = [(params["total"], params["part"], params["count"]) for _, params in parsed.notes]
    assert steps == [(45, 3, 42), (42, 4, 38), (38, 2, 36)]
    assert [key for key, _ in parsed.notes][-1] == "assume.officers_excluded"


@pytest.mark.parametrize("text,count", [
    ("We are small metal pressing company in Saitama. On payroll there are 32 persons, but this includes me and my wife, "
     "we are the two directors and we don't get salary as workers (only director fee). How many trainees can we accept?", 30),
    ("We have 40 employees, including 3 directors who get no salary as employees. How many trainees can we take?", 37),
    ("社員名簿上35人いて、そのうち5人が技能実習生（1号）です。人数枠は何人ですか？", 30),
])
def test_a_single_group_comes_out_of_the_count_it_is_said_of(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count


@pytest.mark.parametrize("text", [
    "社員は45名ですが、この中に実習生3名、パート4名（週5日・1日8時間）が含まれています。何人受け入れられますか？",
    "We have 45 people on the payroll, including 3 trainees and 4 part-timers working 8 hours a day. How many trainees?",
])
def test_part_timers_at_the_full_time_hours_stay_counted(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == 42


def test_a_director_without_the_pay_condition_stays_counted() -> None:
    parsed = UNDERSTANDER.parse("We have 32 persons on the payroll, this includes the two directors. How many trainees?")
    assert parsed.slots["full_time_employees"] == 32


@pytest.mark.parametrize("text,count,said", [
    (LISTED[0], 36, "45 − 3 = 42"),
    (LISTED[2], 36, "38 − 2 = 36"),
    ("We are small metal pressing company in Saitama. On payroll there are 32 persons, but this includes me and my wife, "
     "we are the two directors and we don't get salary as workers (only director fee). How many ginou jisshusei we can "
     "accept? We are a normal company, not yuryo.", 30, "32 − 2 = 30"),
])
def test_the_quota_runs_on_the_count_and_the_reply_says_each_step(bot, text: str, count: int, said: str) -> None:
    reply = converse(bot, text)
    [call] = calls_named(reply, "trainee_quota")
    assert call.args["full_time_employees"] == count
    assert said in reply.answer
