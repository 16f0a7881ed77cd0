"""A follow-up that is only a row of values ("and with 950 / 400 / 650?", 「では950/400/650なら？」) after a training-plan
check re-runs the check with those values, one per part, in the order the first turn named the parts (it ran a
search). A row that does not match the number of parts named fills nothing."""

from __future__ import annotations

import pytest

from support import converse

FIRST = "Training plan: required 1000 h, related 400 h, peripheral 600 h. Is this within the limits?"
REVERSED = "Our plan: peripheral 600 hours, related 400 hours, required 1000 hours. Does it pass?"
FIRST_JA = "実習計画は必須業務1000時間、関連業務400時間、周辺業務600時間です。時間配分は大丈夫ですか？"


def split_call(reply):
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls, (reply.answer, reply.tool_calls)
    return calls[-1].args


@pytest.mark.parametrize("first, follow_up, expected", [
    (FIRST, "and with 950 / 400 / 650?", (950, 400, 650)),
    (FIRST, "what about 950, 400, 650 h?", (950, 400, 650)),
    (FIRST, "ok 1100/400/500 then?", (1100, 400, 500)),
    (REVERSED, "and with 650 / 400 / 950?", (950, 400, 650)),
    (FIRST_JA, "では950/400/650なら？", (950, 400, 650)),
    (FIRST_JA, "950・400・650時間だとどうですか？", (950, 400, 650)),
])
def test_a_row_of_values_fills_the_parts_in_their_named_order(bot, first: str, follow_up: str,
                                                              expected: tuple) -> None:
    args = split_call(converse(bot, first, follow_up))
    assert (args.get("required_hours"), args.get("related_hours"), args.get("peripheral_hours")) == expected, args


def test_the_row_is_judged_on_its_values(bot) -> None:
    reply = converse(bot, FIRST, "and with 950 / 400 / 650?")
    assert "47.5" in reply.answer and "not allowed" in reply.answer, reply.answer
