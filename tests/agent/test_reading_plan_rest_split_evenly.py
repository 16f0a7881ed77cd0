"""A plan's total and one kind's hours with the rest split evenly between the two other kinds: each is half of the total
less the one, exactly ("1800 hours total, 1000 required, the rest split evenly between related and peripheral" ->
1000/400/400) (bot/agent/understand.py `_plan_rest_halves`; pack section ``plan_rest_halves``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize(("text", "hours"), [
    ("The plan is 1800 hours total. 1000 required, rest split evenly between related and peripheral", (1000, 400, 400)),
    ("Total 1800 hours: 1000 required, and the remaining hours are split equally between related and peripheral work.",
     (1000, 400, 400)),
    ("1800 hours in the plan, 1000 hours of required work, the rest goes half to related and half to peripheral",
     (1000, 400, 400)),
    ("total 2000 hours, required 1200, the remainder divided equally between peripheral and related. ok?", (1200, 400, 400)),
    ("総時間1800時間のうち必須1000時間、残りは関連と周辺で半分ずつです。大丈夫ですか？", (1000, 400, 400)),
    ("計画は合計1800時間で、必須業務が1000時間、残りを関連業務と周辺業務で折半します。", (1000, 400, 400)),
    ("合計1800時間、必須は1000時間で、関連と周辺で残りを均等に分けます", (1000, 400, 400)),
])
def test_plan_rest_split_evenly_between_the_two_other_kinds(text: str, hours: tuple[int, ...]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "training_time_split" in parsed.intents
    assert tuple(parsed.slots.get(slot) for slot in PLAN) == hours


@pytest.mark.parametrize("text", [
    "1000 required, rest split evenly between related and peripheral",  # no total: nothing to halve
    "必須1000時間、残りは関連と周辺で半分ずつ",
])
def test_plan_rest_split_evenly_without_a_total_is_not_computed(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "related_hours" not in parsed.slots and "peripheral_hours" not in parsed.slots
