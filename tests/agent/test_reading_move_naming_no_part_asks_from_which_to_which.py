"""Class: hours moved between parts of a plan where a word names no part of it ("from painting to machine operation",
「塗装から溶接に2時間」) or both ends name one part: the reply asks a move's question, from which part to which, listing
the plan's parts (the user's names, each part's kind and hours), never the question of hours added to a figure ("You
added 1: to which figure"); nothing changes and the hours become no part's value. The two parts said next alone ("sorry,
from cleaning to machine operation", 「検査から溶接へ」) are moved the hours asked; said without that ask they move
nothing."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, last_calculator_call

PLAN = ("8 hour day for our trainees: 3.5 h machine operation (required work), 3 h quality inspection (related), "
        "1.5 h cleaning and packing (peripheral). allowed?")
JA_PLAN = "溶接24時間、組立10時間、検査6時間。溶接が必須業務、組立が関連業務、検査が周辺業務です。比率は大丈夫？"


@pytest.mark.parametrize("plan,move,said", [
    (PLAN, "what if we move 1 hour from painting to machine operation?",
     ["from which part to which", "machine operation", "quality inspection", "cleaning and packing", "3.5"]),
    (PLAN, "shift 2 hours from inspection to the warehouse", ["from which part to which", "quality inspection"]),
    (PLAN, "move 1 hour from quality inspection to inspection", ["from which part to which"]),
    (JA_PLAN, "塗装から溶接に2時間移すと？", ["どの部分からどの部分へ", "溶接", "組立", "検査", "24時間"]),
    (JA_PLAN, "検査の1時間を梱包に回して", ["どの部分からどの部分へ", "検査（周辺業務）6時間"]),
])
def test_a_move_naming_no_part_asks_from_which_part_to_which(bot, plan: str, move: str, said: list[str]) -> None:
    reply = converse(bot, plan, move)
    assert not calls_named(reply, "training_time_split"), reply.tool_calls
    assert reply.follow_up and all(word in reply.answer for word in said), reply.answer
    assert "You added" not in reply.answer and "を加えたのは" not in reply.answer


@pytest.mark.parametrize("turns,expected", [
    ([PLAN, "what if we move 1 hour from painting to machine operation?", "sorry, from cleaning to machine operation"],
     {"required_hours": 4.5, "related_hours": 3, "peripheral_hours": 0.5}),
    ([PLAN, "shift 2 hours from inspection to the warehouse", "oh I meant from inspection to cleaning and packing"],
     {"required_hours": 3.5, "related_hours": 1, "peripheral_hours": 3.5}),
    ([JA_PLAN, "塗装から溶接に2時間移すと？", "すみません、検査から溶接へ"],
     {"required_hours": 26, "related_hours": 10, "peripheral_hours": 4}),
    ([JA_PLAN, "塗装から溶接に2時間移すと？", "組立から溶接に移してください"],
     {"required_hours": 26, "related_hours": 8, "peripheral_hours": 6}),
])
def test_the_parts_said_after_the_ask_are_moved_the_hours_asked(bot, turns: list[str], expected: dict) -> None:
    call = last_calculator_call(bot, turns)
    assert call.name == "training_time_split" and call.args == expected, call


@pytest.mark.parametrize("plan,said", [
    (PLAN, "from cleaning to machine operation"),
    (JA_PLAN, "検査から溶接へ"),
])
def test_parts_said_alone_without_the_ask_move_nothing(bot, plan: str, said: str) -> None:
    reply = converse(bot, plan, said)
    assert not calls_named(reply, "training_time_split"), reply.tool_calls


@pytest.mark.parametrize("turns", [
    ["we have 50 full-time staff, how many trainees can we take?",
     "what if we move 2 hours from the night shift to the day shift?"],
    ["常勤職員50名の会社です。技能実習生は何人受け入れられますか？", "夜勤から日勤に2時間移したら？"],
])
def test_a_move_in_another_tasks_conversation_changes_none_of_its_figures(bot, turns: list[str]) -> None:
    """Hours moved between parts may change a plan's kinds of work (or a course's practical hours), never a headcount:
    after a quota, the move is not asked about as parts of the quota's figures."""
    reply = converse(bot, *turns)
    assert "full_time_employees" not in reply.answer and "どの部分からどの部分" not in reply.answer, reply.answer
    assert "from which part to which" not in reply.answer, reply.answer
