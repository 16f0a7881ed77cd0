"""Staff hired locally at a branch abroad named by a city the place list lacks (「セブ支店の現地スタッフ4名」, 「ダバオ駐在事務所の
スタッフ2名」, "4 local staff at our branch office in Cebu"): their words (現地, 駐在; "local staff") say the place is
abroad, so they come out of the count like a branch in a listed city; a place in Japan still stays counted."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("従業員は50名ですが、この中にはセブ支店の現地スタッフ4名と実習生3名が含まれています。何人まで？", 43),
    ("従業員は50名ですが、この中には\n・ダバオ駐在事務所のスタッフ 2名\n・パート 6名\nが含まれています。", 42),
    ("社員60名のうち、セブ島事務所の現地採用スタッフが5名、技能実習生が4名です。上限は？", 51),
    ("We have 50 employees, which includes 4 local staff at our branch office in Cebu and 3 trainees. Limit?", 43),
    ("Of our 60 staff, 5 are local staff at our sales office in Vietnam and 4 are trainees. Limit?", 51),
])
def test_local_staff_at_a_branch_abroad_come_out(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == count
    assert "reading.abroad_staff_excluded" in [key for key, _ in parsed.notes]


@pytest.mark.parametrize("text,count", [
    ("従業員は50名ですが、この中には大阪支店の現地スタッフ4名、実習生3名、パート2名が含まれています。何人まで？", 45),
])
def test_local_staff_at_a_branch_in_japan_stay(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count
