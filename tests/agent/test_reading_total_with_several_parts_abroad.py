"""A total said to include several parts that are no full-time employees in Japan, one of them the staff of an office
abroad ("394 people on the payroll, which includes 21 technical intern trainees and 40 staff at their Hanoi office",
「従業員は394名で、そのうち技能実習生が21名、ハノイ事務所のスタッフが40名」): every part comes out (the rule book leaves out
trainees and staff abroad), each said in the reply. Before, only the trainees were taken off. Staff at an office in
Japan stay counted."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

SEVERAL = [
    ("Large client: 394 people on the payroll, which includes 21 technical intern trainees and 40 staff at their Hanoi "
     "office; everyone else is full-time in Japan. What are the caps for No.1, No.2 and No.3 trainees?", 333),
    ("We have 120 employees, including 6 part-timers and 12 people working overseas. How many trainees can we take?",
     102),
    ("We have 120 employees including 8 staff in Bangkok and 4 trainees. What's our quota?", 108),
    ("200 people on our payroll, which includes 10 part-timers, 5 trainees and 20 staff at our Manila office. How many "
     "trainees can we take?", 165),
    ("従業員は394名で、そのうち技能実習生が21名、ハノイ事務所のスタッフが40名です。残りは全員日本で常勤です。受け入れ枠は？", 333),
    ("在籍は120名です。そのうちパートが6名、海外駐在の社員が12名います。実習生は何人まで受け入れられますか？", 102),
    ("社員は120名で、そのうち実習生が4名、バンコク工場の従業員が8名です。技能実習生の受け入れ枠は？", 108),
]


@pytest.mark.parametrize(("text", "count"), SEVERAL)
def test_every_part_abroad_or_not_full_time_comes_out(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == count
    assert "reading.abroad_staff_excluded" in [key for key, _ in parsed.notes]


@pytest.mark.parametrize(("text", "count"), SEVERAL[:1] + SEVERAL[4:5])
def test_the_quota_runs_with_the_count_in_japan(bot, text: str, count: int) -> None:
    reply = converse(bot, text)
    assert [c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")] == [count], reply.tool_calls


@pytest.mark.parametrize(("text", "count"), [
    ("We have 120 employees, including 5 trainees and 10 staff at our Osaka branch. Quota?", 115),
    ("従業員120名のうち、実習生5名と大阪支社のスタッフ10名が含まれます。受け入れ枠は？", 115),
])
def test_staff_at_an_office_in_japan_stay_counted(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count
