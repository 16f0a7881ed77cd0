"""A count of courses or programs asked (いくつ, 何件, "how many courses are certified") with none of the course
calculator's figures is a knowledge question, not the Re-Skills course check (which would ask for the course's
hours); a course's own hours still run the check."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("text", [
    "Reスキル講座は今いくつ認定されていますか？",
    "Reスキル講座は何件認定されていますか？",
    "認定されたReスキル講座の数は？",
    "How many Re-Skills courses have been certified so far?",
    "How many courses are certified as Re-Skills courses now?",
    "What is the number of certified Re-Skills programs?",
])
def test_a_count_of_courses_is_a_knowledge_question(bot, text: str) -> None:
    reply = converse(bot, text)
    assert [c.name for c in reply.tool_calls] == ["search_knowledge"], reply.tool_calls
    assert reply.follow_up is None


@pytest.mark.parametrize("text", [
    "講座は全体で100時間、実習60時間です。Reスキル講座に認定されますか？",
    "Our course is 100 hours with 60 hours practical. Can it be certified as Re-Skills?",
])
def test_a_course_with_its_hours_still_runs_the_check(bot, text: str) -> None:
    reply = converse(bot, text)
    assert any(c.name == "reskills_course_check" for c in reply.tool_calls)
