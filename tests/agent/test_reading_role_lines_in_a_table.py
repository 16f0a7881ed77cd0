"""A workforce given as a table, one role a row, its cells parted by "|" (a Markdown table, or rows with no outer pipes;
the count with or without its unit): each row is read as a labelled line, the cells beside the count its label ("Care
workers | Full-time | 24" is "Care workers Full-time: 24"), so the nursing-care basis takes the full-time care rows (24)
and names the rows left out. Before, no row was read (no count) or the office row's 3 was the count."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Our nursing home staff:\n| Role | Employment | Count |\n|---|---|---|\n| Care workers | Full-time | 24 |\n"
    "| Nurses | Full-time | 5 |\n| Office staff | Full-time | 3 |\n| Care workers | Part-time | 8 |\n"
    "How many kaigo trainees can we take?",
    "Nursing care facility.\nCare workers | full-time | 24\nNurses | full-time | 5\nOffice staff | full-time | 3\n"
    "Care workers | part-time | 8\nHow many care trainees?",
    "Nursing care facility.\n| Count | Role |\n| 24 | Full-time care workers |\n| 5 | Full-time nurses |\n",
    "介護施設です。\n| 職種 | 雇用形態 | 人数 |\n|---|---|---|\n| 介護職員 | 常勤 | 24名 |\n| 看護師 | 常勤 | 5名 |\n"
    "| 事務員 | 常勤 | 3名 |\n| 介護職員 | パート | 8名 |\n介護の実習生は何人受け入れられますか。",
    "介護施設です。\n| 職種 | 雇用形態 | 人数 |\n|---|---|---|\n| 介護職員 | 常勤 | 24 |\n| 看護師 | 常勤 | 5 |\n"
    "| 介護職員 | パート | 8 |\n介護の実習生の枠は？",
    "特養です。常勤の介護職員｜24名\n常勤の看護師｜5名\n事務員｜常勤3名\nパートの介護職員｜8名",
])
def test_the_care_basis_takes_the_full_time_care_rows(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("occupation") == "nursing_care"
    assert parsed.slots["full_time_employees"] == 24
    assert [key for key, _ in parsed.notes] == ["reading.count_role_lines"]
    left = dict(parsed.notes)["reading.count_role_lines"]["left"]
    assert left and all("24" not in row for row in left)
