"""A training plan stated as its total plus one or two kinds of work's hours reaches the split calculator, the total read
as the plan's total (never a kind's or a course's hours); with two kinds the third is what they leave."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

U = repo_understander()

ONE_KIND = [
    ("総実習時間2000時間のうち周辺業務を700時間にしたいです。", "peripheral_hours", 700, 2000),
    ("実習時間の合計は2000時間で、周辺業務は700時間です。", "peripheral_hours", 700, 2000),
    ("総時間1800時間、関連業務900時間です。", "related_hours", 900, 1800),
    ("out of 2000 training hours we want 700 on peripheral work; is that ok?", "peripheral_hours", 700, 2000),
    ("total 1800h, related 900h", "related_hours", 900, 1800),
    ("Our plan has 1800 hours in total, 900 of them related work.", "related_hours", 900, 1800),
]


@pytest.mark.parametrize("text,slot,hours,total", ONE_KIND)
def test_the_total_beside_a_kind_is_the_plans_total(text: str, slot: str, hours: int, total: int) -> None:
    parsed = U.parse(text)
    assert parsed.slots.get(slot) == hours
    assert parsed.slots.get("total_hours") == total
    assert "practical_hours" not in parsed.slots
    assert "training_time_split" in parsed.intents


@pytest.mark.parametrize("text", [t for t, *_ in ONE_KIND])
def test_the_split_task_asks_for_the_other_kinds(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not calculators(reply)
    assert reply.follow_up
    assert "2000" in reply.answer or "1800" in reply.answer  # the total it has is said back


TWO_KINDS = [
    "total 2000 hours: required 1000, related 600. ok?",
    "2000時間の実習計画で、必須業務1000時間、関連業務600時間にしたい",
]


@pytest.mark.parametrize("text", TWO_KINDS)
def test_two_kinds_and_the_total_give_the_third(bot, text: str) -> None:
    (call,) = calculators(converse(bot, text))
    assert call.name == "training_time_split"
    assert call.args == {"required_hours": 1000, "related_hours": 600, "peripheral_hours": 400}


def test_the_total_kept_for_the_next_answer(bot) -> None:
    (call,) = calculators(converse(bot, "total 1800h, related 900h", "required 800"))
    assert call.args == {"required_hours": 800, "related_hours": 900, "peripheral_hours": 100}


def test_a_course_total_is_still_a_course(bot) -> None:
    parsed = U.parse("The course is 36 hours in total and 18 hours are practical. Re-Skills ok?")
    assert parsed.slots == {"total_hours": 36, "practical_hours": 18}
