"""A count of things ("these three categories", "two questions", "3 kinds of work") is no hours value: a knowledge
question about the work categories (romaji names included) is no Re-Skills course of 3 hours, and is searched."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators, slots_of


@pytest.mark.parametrize("text", [
    "our kanri dantai keeps talking about 'hissu', 'kanren' and 'shuhen' work for the trainee plan. what do these three "
    "categories mean in english and what share of total training time is allowed for each one?",
    "Two questions: what is the total training time share for related work, and is there a minimum?",
    "what are the 3 kinds of work in total training time and their shares?",
])
def test_no_hours_read(text: str) -> None:
    slots = slots_of(text)
    assert not {"total_hours", "practical_hours"} & set(slots), slots


def test_hours_beside_the_count_are_still_read() -> None:
    assert slots_of("Two questions about our course: 40 hours total, 20 practical")["total_hours"] == 40


def test_the_categories_question_is_searched(bot) -> None:
    reply = converse(bot, "our kanri dantai keeps talking about 'hissu', 'kanren' and 'shuhen' work for the trainee "
                          "plan. what do these three categories mean in english and what share of total training time "
                          "is allowed for each one?")
    assert not calculators(reply), reply.tool_calls
    assert any(c.name == "search_knowledge" for c in reply.tool_calls)
    assert "50%" in reply.answer
