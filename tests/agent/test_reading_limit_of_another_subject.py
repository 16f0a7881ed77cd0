"""A limit of another measured subject (overtime, salary, vacation, stay, working time) is a knowledge question, never
the quota; a limit of the head count is still the quota."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "技能実習生の残業時間の上限は？",
    "実習生の給料の上限は？",
    "1号実習生の休暇は最大何日？",
    "What's the overtime limit for No.2 trainees?",
    "maximum overtime hours for technical intern trainees?",
    "jisshusei zangyo max?",
    "Is there a max salary for trainees?",
    "What's the cap on trainee salaries?",
    "What is the maximum stay for No.1 trainees?",
    "1号実習生の在留期間の上限は？",
    "maximum working time per week for trainees?",
])
def test_a_limit_of_another_subject_is_a_knowledge_question(text: str) -> None:
    parsed = U.parse(text)
    assert parsed.asks_knowledge and not parsed.intents and not parsed.implied


@pytest.mark.parametrize("text", ["1号実習生の人数の上限は？", "技能実習生は何人まで受け入れられますか？常勤職員は40人です。",
                                  "what is the maximum number of No.1 trainees for 40 staff?",
                                  "how many trainees max for 40 employees?"])
def test_a_limit_of_the_head_count_is_still_the_quota(text: str) -> None:
    assert "trainee_quota" in U.parse(text).intents


def test_the_overtime_limit_starts_no_calculator(bot) -> None:
    reply = converse(bot, "技能実習生の残業時間の上限は？")
    assert not calculators(reply)
    assert "もう一つ情報が必要" not in reply.answer
