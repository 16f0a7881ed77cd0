"""A number after a comparative ("fewer than 30 full-time staff", 30人未満, 301人以上) is a rule's threshold, not the
user's count: nothing is calculated. A count stays when no threshold or trainee part is its own ("25 full-time staff, fewer
than 30")."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Is there a special limit for nursing care companies with fewer than 30 full-time staff?",
    "Do companies with more than 300 employees get a bigger trainee quota?",
    "介護職種で、常勤職員が30人未満の小さな事業所の場合、受入れ人数に特別な制限はありますか？",
    "常勤職員が301人以上の会社は、受入れ人数の枠が大きくなりますか？",
    "30人以下の介護事業所では何人まで受け入れられますか？",
])
def test_a_threshold_in_a_question_is_not_a_headcount(bot, text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "full_time_employees" not in parsed.slots and parsed.asks_knowledge, parsed
    assert not calculators(converse(bot, text))


@pytest.mark.parametrize("text,count", [
    ("We have 25 full-time staff, fewer than 30. How many trainees can we accept?", 25),
    ("We have 40 full-time employees and 4 of them are part-timers' supervisors. Quota?", 40),
    ("We have 50 full-time employees and want 3 trainees. How many can we accept?", 50),
])
def test_a_count_stays_when_no_threshold_or_trainee_part_is_its_own(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count and not parsed.asks_knowledge
