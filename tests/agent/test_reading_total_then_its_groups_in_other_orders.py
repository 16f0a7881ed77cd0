"""A total with the groups inside it stated in other orders: the total named as what the groups are "of" ("of our 62
staff, 6 are trainees and 9 part-time", "out of 62 employees, ...", 「62名中、実習生6名・パート9名」, 「62人のうち、実習生が6人、
パートが9人」, 「全62名（うち実習生6名、パート9名）」): every group that does not count comes out, 62 − 6 − 9 = 47, each said once
by its kind. Before, the part-timers stayed in (56), the groups were read beside the total (62) or the total was lost."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Of our 62 staff, 6 are trainees and 9 part-time.",
    "Of our 62 staff, 6 are trainees and 9 are part-timers; the rest are full-time.",
    "Out of 62 employees, 6 are technical intern trainees and 9 work part-time (3 days a week).",
    "Among our 62 employees: 6 trainees and 9 part-timers.",
    "62名中、実習生6名・パート9名です。",
    "従業員62名中、技能実習生が6名、パートが9名です。",
    "62人のうち、実習生が6人、パートが9人。残りは正社員です。",
    "全62名（うち実習生6名、パート9名）",
])
def test_every_group_comes_out_of_the_total(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == 47 and not parsed.parts
    assert [key for key, _ in parsed.notes] == ["assume.trainees_excluded", "reading.part_timers_excluded"]


@pytest.mark.parametrize("text", [
    "Of our 62 staff, 6 are trainees.",
    "62名中、実習生は6名です。",
    "62人のうち、実習生が6人います。",
])
def test_one_group_alone_comes_out_as_before(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == 56
