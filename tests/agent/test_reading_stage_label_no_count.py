"""A stage label's number (No. 2, No.1, no 2, #3, stage 2) is the stage, never a headcount: "How long can No. 2
workers stay in Japan?" had run the trainee quota for 2 full-time employees. A headcount in the same message is still
read, and the stage words still ask about the stage."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "How long can No. 2 workers stay in Japan?",
    "How many years can No.1 workers work in Japan?",
    "can no 2 workers bring their family?",
    "Can #3 workers stay 5 years?",
    "Stage 2 workers: how long can they stay?",
    "Are No. 1 people allowed to change jobs?",
])
def test_a_stage_number_is_no_headcount(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "full_time_employees" not in parsed.slots and "full_time_employees" not in parsed.errors


@pytest.mark.parametrize(("text", "count"), [
    ("We have 40 workers. how many No.2 trainees can we have?", 40),
    ("No. 1 trainees: how many can a company with 45 employees take?", 45),
    ("our company has 45 employees", 45),
])
def test_a_headcount_beside_a_stage_is_read(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == count


@pytest.mark.parametrize("question", [
    "How long can No. 2 workers stay in Japan?",
    "How many years can No.1 workers work in Japan?",
])
def test_the_stage_question_runs_no_quota(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not any(c.name == "trainee_quota" for c in reply.tool_calls)
    assert "full-time employees" not in reply.answer
