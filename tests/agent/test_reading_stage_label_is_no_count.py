"""A stage or ordinal label inside a role's description ("6 are trainees (vietnam, 2nd year)", 「2年目」「2号」) is no count:
the rest after the listed parts is the total less the parts only."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "count"), [
    ("we are 58 persons on the payroll. of these, 6 are already technical intern trainees (vietnam, 2nd year) and 4 "
     "are part timers around 20h a week. the rest are full-time, 5 days/week 8 hours. so how many No.1 trainees can we "
     "have at same time?", 48),
    ("We have 40 staff: 3 are No.2 trainees (year 2), 5 are part-timers, the rest are full-time. How many No.1 "
     "trainees can we take?", 32),
    ("従業員は58人です。そのうち6人は技能実習生（ベトナム、2年目）、4人はパートです。残りは正社員です。1号は何人受け入れられますか", 48),
    ("従業員は40人で、うち3人は技能実習2号、5人はパート、残りは常勤です。1号の枠は何人ですか？", 32),
])
def test_a_stage_label_in_a_description_is_no_part(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == count
