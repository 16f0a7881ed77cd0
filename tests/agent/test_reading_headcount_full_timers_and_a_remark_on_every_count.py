"""Two headcount classes the sealed batch 07w showed (wrong counts, fixed after its run):

- "full-timers" after a number is a count of full-time staff like "full-time staff" ("52 people on the payroll: 45
  full-timers, 4 part-time ladies ..., and 3 trainees" is 45; it was read as 52, part-timers and trainees included);
- a remark in brackets on every count before it (「…325名で、別にベトナムの現地法人に18名おります（いずれも技能実習生は含まない
  人数です）」) is no statement that the count just before it (the 18 abroad) is the full-time count: 325 (it was 18).
"""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize(("text", "count"), [
    ("We are a metal parts maker in Saitama. 52 people on the payroll: 45 full-timers, 4 part-time ladies who do "
     "packing about 20 hrs a week, and 3 Vietnamese trainees now in their 2nd year. How many new technical intern "
     "trainees could we take in per year?", 45),
    ("52 people on the payroll: 45 full-timers. Quota?", 45),
    ("we have 45 full-timers, how many trainees?", 45),
    ("30 full-timers and 5 part-timers. Quota?", 30),
])
def test_full_timers_after_a_number_are_full_time_staff(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize(("text", "count"), [
    ("人事部の者です。当社の常勤従業員は本社と国内工場をあわせて325名で、別にベトナムの現地法人に18名おります（いずれも技能実習生は"
     "含まない人数です）。受入れ人数は？", 325),
    ("常勤82人（実習生4人は含めていません）。何人？", 82),
    ("常勤は82人です（実習生は含まない人数です）。何人？", 82),
])
def test_a_remark_on_every_count_does_not_make_the_last_one_the_count(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count
