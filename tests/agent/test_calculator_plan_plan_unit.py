"""A training plan given in another unit than hours (days, weeks, months: note ``reading.plan_unit``) is planned with
that unit (``Plan.plan_unit``) so that the reply says "of N months", never hours; a plan in hours carries none
(bot/agent/calculator_plan.py `_plan_unit`)."""

from __future__ import annotations

import pytest

from bot.agent.conversation import DialogueState
from bot.agent.policy import plan_turn
from bot.agent.steps import CallTools, Plan, Turn
from tests.knowledge import repo_understander

TOOLS = {"training_time_split", "search_knowledge"}


def _plan(text: str) -> Plan:
    step = plan_turn(text, DialogueState(), TOOLS, Turn(understander=repo_understander()))
    assert isinstance(step, CallTools), step
    return step.plan


@pytest.mark.parametrize(("text", "unit"), [
    ("required 6 months, related 4 months, peripheral 2 months. is this split ok?", "months"),
    ("we put 9 days on the required work, 6 days on related work and 5 days on peripheral work. allowed?", "days"),
    ("Mon to Wed: welding (required). Thursday: assembly (related). Friday: cleaning (peripheral). OK?", "days"),
    ("必須業務6か月、関連業務4か月、周辺業務2か月の計画です。大丈夫ですか？", "か月"),
    ("月曜から水曜は必須業務、木曜は関連業務、金曜は周辺業務です。問題ないですか？", "日"),
], ids=["en-months", "en-days", "en-weekdays", "ja-months", "ja-weekdays"])
def test_plan_in_another_unit_carries_its_unit(text: str, unit: str) -> None:
    plan = _plan(text)
    assert plan.plan_unit == unit
    assert Plan.from_dict(plan.to_dict()).plan_unit == unit


@pytest.mark.parametrize("text", [
    "required 600 hours, related 300 hours, peripheral 100 hours. is this split ok?",
    "必須業務600時間、関連業務300時間、周辺業務100時間です。大丈夫ですか？",
], ids=["en-hours", "ja-hours"])
def test_plan_in_hours_carries_no_unit(text: str) -> None:
    assert _plan(text).plan_unit == ""
