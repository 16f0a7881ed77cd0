"""Directors beside a full-time count are added only when said to be paid as employees, and per director: a denied
salary (the humble 「労働者としての給与は受けておりません」, "they are not paid a salary as workers") adds none, and of
"two directors, one also on the payroll" only that one is added. Before, 「役員は三名とも役員報酬のみで、労働者としての給与は
受けておりません」 added all three (45 instead of 42) and 「役員が二名（うち一名は…従業員としての給与も受けております…）」 both
(14 instead of 13)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("当社は正社員（常勤）が四十二名、パートタイマーが十一名、役員が私を含めて三名です。役員は三名とも役員報酬のみで、"
     "労働者としての給与は受けておりません。第1号は何名まで受け入れ可能でしょうか。", 42),
    ("常勤の社員が30名、取締役が2名で、2名とも給与は出ていません。実習生は何人まで？", 30),
    ("We have 42 full-time employees and 3 directors who are not paid a salary as workers, only directors' fees. "
     "How many trainees can we take?", 42),
    ("We have 30 full-time staff plus 2 directors, who never received wages as employees. How many trainees?", 30),
])
def test_a_denied_salary_adds_no_director(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents
    assert parsed.slots["full_time_employees"] == count
    assert "assume.officers_added" not in [k for k, _ in parsed.notes]


@pytest.mark.parametrize("text,count", [
    ("正社員が十二名、週四日勤務のパートが八名、役員が二名（うち一名は工場長を兼ねており、従業員としての給与も受けております。"
     "もう一名は役員報酬のみです）、そして技能実習生が四名です。第1号は何名まで受け入れられますか。", 13),
    ("常勤職員が20名、取締役が3名（うち2名は従業員としての給与も支給されています）。受け入れ人数は？", 22),
    ("We have 12 full-time employees plus 2 directors (one is also on the payroll as plant manager, the other is paid "
     "only as an officer). How many No.1 trainees can we take?", 13),
    ("We have 20 full-time staff and 3 directors: 2 of them are also paid a salary as employees. How many trainees?",
     22),
])
def test_only_the_directors_paid_as_employees_are_added(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents
    assert parsed.slots["full_time_employees"] == count
    assert "assume.officers_added" in [k for k, _ in parsed.notes]
