"""Class: hours moved between parts of a training plan that the user named by their own words ("3.5 h machine operation
(required work), 3 h quality inspection (related) ...", then "what if we move 1 hour from inspection to machine
operation?"): the move is a change of both parts (the source loses the hours, the target gains them), resolved by the
words the conversation gave the parts (any word of the part's phrase). The number moved is never a part's value (it
had been read as required work = 1: en7m-21); a word naming no part leaves the hours to no figure, so the reply asks
where they go."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, last_calculator_call

PLAN = ("8 hour day for our trainees: 3.5 h machine operation (required work), 3 h quality inspection (related), "
        "1.5 h cleaning and packing (peripheral). allowed?")


@pytest.mark.parametrize("follow_up,expected", [
    ("ok what if we move 1 hour from inspection to machine operation?",
     {"required_hours": 4.5, "related_hours": 2, "peripheral_hours": 1.5}),
    ("ok what if we move 1 hour from quality to machine?",
     {"required_hours": 4.5, "related_hours": 2, "peripheral_hours": 1.5}),
    ("and if we shift 1 hour from cleaning to operation?",
     {"required_hours": 4.5, "related_hours": 3, "peripheral_hours": 0.5}),
])
def test_hours_moved_between_parts_named_by_their_words(bot, follow_up: str, expected: dict) -> None:
    call = last_calculator_call(bot, [PLAN, follow_up])
    assert call.name == "training_time_split" and call.args == expected, call


def test_a_move_naming_no_part_is_asked_never_a_value(bot) -> None:
    reply = converse(bot, PLAN, "what if we move 1 hour from painting to machine operation?")
    assert not any(1 in call.args.values() for call in calls_named(reply, "training_time_split")), reply.answer
