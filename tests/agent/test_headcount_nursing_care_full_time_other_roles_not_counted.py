"""In nursing care only full-time staff whose main job is care count (shared/domain/RULES.md): full-time non-care roles
listed under a full-time heading ("Also full time: 2 nurses, 1 office lady, 1 cook", 「常勤：介護職員24名、看護師2名、事務
1名、調理1名」) are left out, and the reply names them with that reason. Before, every line under a full-time heading was
counted (28). A general occupation still counts them all."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count,roles", [
    ("We run a nursing home (one facility). Full-time care workers: 24. Also full time: 2 nurses, 1 office lady, 1 "
     "cook. Plus 5 part-time carers. How many care trainees can we take? First year (No.1) and the total including "
     "No.2?", 24, ["Also full time: 2 nurses, 1 office lady, 1 cook"]),
    ("We run a care home. Full-time: 24 care workers, 2 nurses, 1 office lady, 1 cook. Part-time: 5 carers. How many "
     "care trainees can we take?", 24, ["2 nurses", "1 office lady", "1 cook"]),
    ("介護施設です。常勤：介護職員24名、看護師2名、事務1名、調理1名。パート：介護職員5名。介護の技能実習生は何人まで？", 24,
     ["看護師2名", "事務1名", "調理1名"]),
])
def test_nursing_care_full_time_other_roles_not_counted(text: str, count: int, roles: list[str]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["occupation"] == "nursing_care"
    assert parsed.slots["full_time_employees"] == count
    assert dict(parsed.notes)["reading.count_headed_lines"]["roles"] == roles


@pytest.mark.parametrize("text,count", [
    ("Full-time: 22 on the line, 3 in QC, 2 in the office. Contract: 4 (all full-time, 5 days x 8h). Part-time "
     "students: 6. How many trainees?", 31),
    ("正社員：製造ライン22名、品質管理3名、事務所2名\n契約社員：4名（全員フルタイムで週5日・1日8時間）\nアルバイト学生：6名（週2〜3日）\n"
     "実習生は何人まで？", 31),
])
def test_nursing_care_full_time_other_roles_not_counted_leaves_a_general_case_alone(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count
