"""Class: a headcount with several groups taken out: every group named inside the payroll ("3 of them are trainees and 8
are part-timers", 「そのうち3人は技能実習生、8人はパート」), in any order and with or without "everyone else full time", comes
out of the total (42 - 3 - 8 = 31); a group listed after another is never read as a part of that group's number."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "42 people on our payroll. 3 of them are technical intern trainees already and 8 are part-timers (about 4 hours a "
    "day). everyone else full time 5 days/week. how many No.1 trainees can we have at the same time?",
    "42 people on our payroll. 3 of them are technical intern trainees already and 8 are part-timers (about 4 hours a "
    "day). how many No.1 trainees?",
    "42 people on our payroll. 3 of them are trainees and 8 of them are part-timers. quota?",
    "42 employees; 8 of them are part-timers and 3 are trainees. quota?",
    "42 people on our payroll, 3 are trainees and 8 part-timers, everybody else works full-time. quota?",
    "42 staff: 3 trainees, 8 part-timers, all the others are full time. how many trainees can we take?",
    "従業員は42人で、そのうち3人は技能実習生、8人はパートです。受け入れ人数は？",
    "従業員は42人です。そのうち3人は技能実習生で、8人はパートです。受け入れ人数は？",
    "従業員は全部で42人、そのうち3人は技能実習生、8人はパート（1日4時間）です。残りは全員フルタイムです。何人まで？",
])
def test_every_group_comes_out_of_the_total(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 31


@pytest.mark.parametrize(("text", "count"), [
    ("120 full-time people but 8 of them are trainees. quota?", 112),
    ("従業員は42人です。そのうち8人はパートです。受け入れ人数は？", 34),
])
def test_one_group_alone_still_comes_out(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == count
