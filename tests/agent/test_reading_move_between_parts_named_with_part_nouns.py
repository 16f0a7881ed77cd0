"""Class: a move between kinds of work said with part or work nouns (fresh batch 07b: en7b-11 turn 2, "move 80 hours
from the peripheral part into the essential work" read 80 as the peripheral hours, 960/480/80). The part named with
"part", "side", "tasks", "work" (「周辺の部分」「周辺パート」) is that part: the hours leave it and go to the other, the
rest of the plan given before unchanged (960/480/560 -> 1040/480/480)."""

from __future__ import annotations

import pytest

PARTS = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize("first,move", [
    ("training plan for our food processing trainee, whole year: 960 h essential work, 480 h related work, 560 h "
     "peripheral. ok?", "ok what if we move 80 hours from the peripheral part into the essential work, is it fine then?"),
    ("training plan for our food processing trainee, whole year: 960 h essential work, 480 h related work, 560 h "
     "peripheral. ok?", "what if we shift 80 h from the peripheral side to the essential part?"),
    ("training plan for our food processing trainee, whole year: 960 h essential work, 480 h related work, 560 h "
     "peripheral. ok?", "move 80 hours from peripheral tasks into the required part. ok then?"),
    ("training plan for our food processing trainee, whole year: 960 h essential work, 480 h related work, 560 h "
     "peripheral. ok?", "take 80 hours out of the peripheral part and put them into the essential work, fine?"),
    ("食品加工の実習生の年間計画：必須業務960時間、関連業務480時間、周辺業務560時間。大丈夫？", "周辺の部分から必須業務に80時間移したら大丈夫ですか？"),
    ("食品加工の実習生の年間計画：必須業務960時間、関連業務480時間、周辺業務560時間。大丈夫？", "周辺業務の部分から80時間を必須業務に回したら？"),
    ("食品加工の実習生の年間計画：必須業務960時間、関連業務480時間、周辺業務560時間。大丈夫？", "周辺パートから必須の部分へ80時間移すとどうなりますか？"),
])
def test_the_hours_move_from_the_part_named_to_the_other(bot, first: str, move: str) -> None:
    from support import converse

    reply = converse(bot, first, move)
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and tuple(calls[-1].args[k] for k in PARTS) == (1040, 480, 480), reply.answer[:300]
