"""Class: a role label in brackets after a task's name names the plan part that task is (fresh batch 05f: en5f-16,
"2 days machine sewing (the required work)" asked for the required hours). "(the required work)", "(= required)",
"(required part)", "(related)", "(peripheral)" after a task give that task's figure (before the task or after the
bracket, in hours or in days) to the part; JA 「溶接（必須業務）24時間」 reads the same."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PARTS = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize("text,expected", [
    ("Trainee week is 5 days. We want: 2 days machine sewing (the required work), 2 days related work (ironing, "
     "inspection), 1 day peripheral (cleaning, carrying boxes). Is that fine?", (2, 2, 1)),
    ("Week plan: 2 days sewing (= required), 2 days ironing (related), 1 day cleaning (peripheral). Is that OK?", (2, 2, 1)),
    ("We plan 3 days welding (required part), 1 day assembly (related) and 1 day cleaning (peripheral) each week. OK?",
     (3, 1, 1)),
    ("Machine sewing (required part) 2 days, related work 2 days, peripheral 1 day. Fine?", (2, 2, 1)),
    ("Plan: 20 hours welding (= required), 20 hours assembly (related), 10 hours cleaning (peripheral). OK?", (20, 20, 10)),
    ("Plan: 20 hours machine sewing (the required work), 20 hours related work (ironing), 10 hours peripheral "
     "(cleaning). OK?", (20, 20, 10)),
    ("溶接（必須業務）24時間、組立（関連業務）10時間、清掃（周辺業務）6時間です。大丈夫ですか？", (24, 10, 6)),
])
def test_the_task_with_a_role_in_brackets_is_that_part(text: str, expected: tuple) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(k) for k in PARTS) == expected
    assert "training_time_split" in parsed.intents


def test_the_split_is_checked_and_fails_below_half(bot) -> None:
    from support import converse

    reply = converse(bot, "Trainee week is 5 days. We want: 2 days machine sewing (the required work), 2 days related "
                          "work (ironing, inspection), 1 day peripheral (cleaning, carrying boxes). Is that fine?")
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and tuple(calls[-1].args[k] for k in PARTS) == (2, 2, 1), reply.answer[:300]
    assert "40%" in reply.answer and "50%" in reply.answer
