"""Class: the number of a stage written after "No." ("No.1 ... No.2") is no run of numbered asks:
the numbers stay, so a stage limit asked beside what someone said is still a quota question with its count (the list
markers of tests/agent/test_reading_list_markers_are_no_values.py are numbers opening a sentence, not after No.)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "count"), [
    ("One member company has 120 full-time staff. My boss said the No.1 limit is 6. What is the No.2 limit?", 120),
    ("We have 45 full-time employees. Someone told me the No.1 limit is 4. What is the No.2 limit?", 45),
    ("Our client has 80 full-time staff. no.1 limit is 5, right? and no.2?", 80),
])
def test_a_stage_number_after_no_stays(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents, parsed.intents
    assert parsed.slots.get("full_time_employees") == count
    assert "No.1" in UNDERSTANDER._unnumbered(text, UNDERSTANDER.pack(parsed.language)) or "No.1" not in text
