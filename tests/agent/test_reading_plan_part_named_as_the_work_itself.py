"""Class: a plan part named by its own wording, not by its role (fresh batch 07b: en7b-33, "1100 hours painting work
itself, 200 hours related work like surface prep, and 700 hours general site cleanup" asked for the required hours).
The trade's own work named as itself ("the work itself", "the actual welding work", 「作業そのもの」) is the required
work; a general clean-up ("site cleanup", "clean-up") is peripheral work (kept as data: the packs' part keywords)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PARTS = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize("text,expected", [
    ("plan for our painting trainee over 2000 hours: 1100 hours painting work itself, 200 hours related work like "
     "surface prep, and 700 hours general site cleanup and carrying materials. is that allowed?", (1100, 200, 700)),
    ("welding plan: the welding work itself 1200 h, related work 500 h, general site cleanup 300 h. ok?", (1200, 500, 300)),
    ("1000 hours of the actual welding work, 600 hours related, 400 hours cleanup. allowed?", (1000, 600, 400)),
    ("Training plan 2000h: 1100h the work itself (painting), 200h related work, 700h general site clean-up. OK?",
     (1100, 200, 700)),
    ("塗装の実習計画（2000時間）：塗装作業そのもの1100時間、下地処理などの関連作業200時間、現場の片付けと資材運び700時間。大丈夫ですか？",
     (1100, 200, 700)),
    ("作業そのものが1100時間、関連業務が200時間、清掃が700時間です。問題ありませんか？", (1100, 200, 700)),
    ("溶接の作業そのものに1200時間、関連業務500時間、片付け300時間。これで大丈夫？", (1200, 500, 300)),
])
def test_the_work_itself_is_the_required_part(text: str, expected: tuple) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(k) for k in PARTS) == expected, parsed.slots
    assert "training_time_split" in parsed.intents


@pytest.mark.parametrize("text", [
    "Is the work itself dangerous for a trainee?",
    "the work itself is hard, how many hours of peripheral work are allowed?",
])
def test_the_work_itself_without_hours_is_no_part(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "required_hours" not in parsed.slots


def test_the_split_is_checked_and_fails_on_peripheral(bot) -> None:
    from support import converse

    reply = converse(bot, "plan for our painting trainee over 2000 hours: 1100 hours painting work itself, 200 hours "
                          "related work like surface prep, and 700 hours general site cleanup and carrying materials. "
                          "is that allowed?")
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and tuple(calls[-1].args[k] for k in PARTS) == (1100, 200, 700), reply.answer[:300]
    assert "35%" in reply.answer and "not allowed" in reply.answer
