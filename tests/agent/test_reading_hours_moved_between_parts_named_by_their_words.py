"""Class: hours moved between parts of a training plan that the user named by their own words ("3.5 h machine operation
(required work), 3 h quality inspection (related) ...", then "what if we move 1 hour from inspection to machine
operation?"; 「溶接24時間、組立10時間、検査6時間。溶接が必須業務…」, then 「検査から溶接に2時間移すと？」「検査の1時間を組立に回して」): the
move is a change of both parts (the source loses the hours, the target gains them), resolved by the one part-word
resolver over the words the conversation gave the parts and the language's kind words, a part named in several words
by the longest name ("from cleaning and packing", "from quality inspection"). The number moved is never a part's value
(it had been read as required work = 1: en7m-21); the calculator gets the moved hours exactly and its reply states the
plan they make; a word naming no part leaves the hours to no figure, so the reply asks where they go."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, last_calculator_call

PLAN = ("8 hour day for our trainees: 3.5 h machine operation (required work), 3 h quality inspection (related), "
        "1.5 h cleaning and packing (peripheral). allowed?")
PLAN_ROLES_AFTER_HOURS = ("our daily plan: welding 24 h (required), assembly 10 h (related), quality inspection 6 h "
                          "(peripheral). is it ok?")
JA_PLAN = "溶接24時間、組立10時間、検査6時間。溶接が必須業務、組立が関連業務、検査が周辺業務です。比率は大丈夫？"
JA_PLAN_BRACKETS = "研修生の1日8時間の内訳：機械操作（必須業務）4時間、組立（関連業務）2時間、品質検査（周辺業務）2時間。これで大丈夫ですか？"


def _plan(required: float, related: float, peripheral: float) -> dict:
    return {"required_hours": required, "related_hours": related, "peripheral_hours": peripheral}


def _shares_said(reply, args: dict) -> None:
    """The reply states the shares of the plan the moved hours make (one decimal, as the calculator shows them)."""
    total = sum(Fraction(str(v)) for v in args.values())
    for value in args.values():
        share = Decimal(float(Fraction(str(value)) / total * 100)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        assert f"{float(share):g}%" in reply.answer, (share, reply.answer)


@pytest.mark.parametrize("plan,follow_up,expected", [
    (PLAN, "ok what if we move 1 hour from inspection to machine operation?", _plan(4.5, 2, 1.5)),
    (PLAN, "ok what if we move 1 hour from quality to machine?", _plan(4.5, 2, 1.5)),
    (PLAN, "and if we shift 1 hour from cleaning to operation?", _plan(4.5, 3, 0.5)),
    (PLAN, "what if we move an hour from inspection to machine operation?", _plan(4.5, 2, 1.5)),
    # a part named in several words: the longest name
    (PLAN, "what if we shift 1 hour from cleaning and packing to quality inspection?", _plan(3.5, 4, 0.5)),
    (PLAN, "take 1 hour off quality inspection and put it into machine operation", _plan(4.5, 2, 1.5)),
    (PLAN, "cut 0.5 hours of cleaning and packing and add them to machine operation", _plan(4, 3, 1)),
    (PLAN, "move 1 hour from related to machine operation", _plan(4.5, 2, 1.5)),  # a kind word and a name
    (PLAN_ROLES_AFTER_HOURS, "what if we move 2 hours from quality inspection to welding?", _plan(26, 10, 4)),
    (PLAN_ROLES_AFTER_HOURS, "reduce assembly by 3 hours and give them to welding", _plan(27, 7, 6)),
    (JA_PLAN, "検査から溶接に2時間移すと？", _plan(26, 10, 4)),
    (JA_PLAN, "検査の1時間を組立に回して", _plan(24, 11, 5)),
    (JA_PLAN, "じゃあ検査を2時間減らして、その分を溶接に回したら？", _plan(26, 10, 4)),
    (JA_PLAN, "組立を3時間、溶接に回したらどうですか", _plan(27, 7, 6)),
    (JA_PLAN_BRACKETS, "品質検査から機械操作に1時間移したら？", _plan(5, 2, 1)),
    (JA_PLAN_BRACKETS, "検査の時間を1時間、組立に移したら", _plan(4, 3, 1)),
])
def test_hours_moved_between_parts_named_by_their_words(bot, plan: str, follow_up: str, expected: dict) -> None:
    reply = converse(bot, plan, follow_up)
    call = calls_named(reply, "training_time_split")
    assert call and call[-1].args == expected, (call, reply.answer)
    _shares_said(reply, expected)


def test_a_move_naming_no_part_is_asked_never_a_value(bot) -> None:
    reply = converse(bot, PLAN, "what if we move 1 hour from painting to machine operation?")
    assert not any(1 in call.args.values() for call in calls_named(reply, "training_time_split")), reply.answer


@pytest.mark.parametrize("turns,expected", [
    # a what-if holds for its own answer: the next move starts from the plan told
    ([PLAN, "what if we move 1 hour from inspection to machine operation?",
      "ok and what if we move 1 hour from cleaning to operation too?"], _plan(4.5, 3, 0.5)),
    ([PLAN, "we moved 1 hour from inspection to machine operation.", "and we moved 1 hour from cleaning to operation too."],
     _plan(5.5, 2, 0.5)),
    ([JA_PLAN, "検査から溶接に2時間移すと？", "さらに組立から溶接に1時間移したら？"], _plan(27, 9, 4)),
])
def test_moves_one_after_another_start_from_the_plan_held(bot, turns: list[str], expected: dict) -> None:
    """Each next move starts from the plan held (the one told, or changed by a move stated as done), never from a
    part's value read from the moved hours."""
    call = last_calculator_call(bot, turns)
    assert call.name == "training_time_split" and call.args == expected, call
