"""A headcount given with a job word and a qualifier before the count ("介護職員は常勤で15人です": job word + 常勤で + count)
is the full-time headcount, and starts the quota even given alone; trainees are never read as staff."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

JOB_WORDS = ["介護職員", "介護スタッフ", "介護士", "従業員", "社員", "スタッフ", "溶接工", "作業員", "職員"]

QUALIFIERS = ["常勤で", "正社員で", "常勤の方が", "全部で", "合計", ""]

COUNTERS = ["人", "名"]


@pytest.mark.parametrize("job", JOB_WORDS)
@pytest.mark.parametrize("qualifier", QUALIFIERS)
@pytest.mark.parametrize("counter", COUNTERS)
def test_a_job_word_with_a_qualified_count_is_the_headcount(job: str, qualifier: str, counter: str) -> None:
    text = f"{job}は{qualifier}15{counter}です。技能実習生は何人受け入れられますか？"
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == 15, (text, parsed.slots)
    assert parsed.intents[:1] == ["trainee_quota"]
    if "介護" in job:
        assert parsed.slots.get("occupation") == "nursing_care"


@pytest.mark.parametrize("text", ["介護職員は常勤で15人です", "常勤の介護職員が15人います", "スタッフは全部で15名です",
                                  "溶接工は正社員で15人おります"])
def test_a_headcount_statement_alone_starts_the_quota(text: str) -> None:
    """Given without a question (an answer, or the first message), the staff count makes the task clear."""
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == 15
    assert "trainee_quota" in parsed.intents + parsed.implied


def test_trainees_are_never_read_as_staff() -> None:
    assert "full_time_employees" not in UNDERSTANDER.parse("実習生は3人います").slots
