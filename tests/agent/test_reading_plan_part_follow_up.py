"""Class: a follow-up that changes one part of a training plan, its figure in the plan's unit, re-runs the split with
the other parts as they were: after required 100 / related 50 / peripheral 30 hours, 「じゃあ周辺を60にしたら？」 is
100/50/60 (before: no part was read without its unit, and the turn became a search), "what if peripheral is 60?" too;
「関連を80にすると？」, 「必須を120に増やしたら？」, "and with related 80?" change their part."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
JA_PLAN = ("施設園芸（ハウス栽培）の技能実習計画ですが、月あたり必須作業100時間、関連作業50時間、周辺作業30時間で組んでいます。"
           "この配分は基準を満たしていますか？")
EN_PLAN = "Our plan per month: required 100 hours, related 50 hours, peripheral 30 hours. Does it meet the rules?"


@pytest.mark.parametrize("text,slot,value", [
    ("じゃあ周辺を60にしたら？", "peripheral_hours", 60),
    ("関連を80にすると？", "related_hours", 80),
    ("必須を120に増やしたら？", "required_hours", 120),
    ("周辺作業が60になったら？", "peripheral_hours", 60),
    ("what if peripheral is 60?", "peripheral_hours", 60),
    ("what if we set peripheral to 60?", "peripheral_hours", 60),
    ("and with related 80?", "related_hours", 80),
])
def test_a_part_changed_without_its_unit_is_read(text: str, slot: str, value: int) -> None:
    assert UNDERSTANDER.parse(text).slots == {slot: value}


def test_a_word_that_only_ends_in_a_part_name_is_no_part() -> None:
    assert "related_hours" not in UNDERSTANDER.parse("無関連を80にすると？").slots


@pytest.mark.parametrize("plan,follow_up,expected", [
    (JA_PLAN, "じゃあ周辺を60にしたら？", (100, 50, 60)),
    (JA_PLAN, "関連を80にすると？", (100, 80, 30)),
    (EN_PLAN, "what if peripheral is 60?", (100, 50, 60)),
    (EN_PLAN, "and with related 80?", (100, 80, 30)),
])
def test_the_split_runs_again_with_the_part_changed(bot, plan: str, follow_up: str,
                                                     expected: tuple[int, int, int]) -> None:
    reply = converse(bot, plan, follow_up)
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and tuple(calls[-1].args[s] for s in ("required_hours", "related_hours", "peripheral_hours")) == expected
