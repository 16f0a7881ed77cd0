"""Class: hours moved out of a part of a plan that has fewer hours than are moved ("move 2 hours from cleaning and
packing" when it has 1.5, 「検査から溶接に8時間移すと？」 when 検査 has 6, "move 300 hours from required to peripheral" when
required has 200): the reply says the part had fewer hours than moved, with both figures and the part in the user's own
words, changes nothing and asks again how many hours move; a lone number next ("ok 2 then", 「じゃあ4時間で」) is the hours
of that move. The calculator is never called with a negative part (its input error never shows)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, last_calculator_call

PLAN = ("8 hour day for our trainees: 3.5 h machine operation (required work), 3 h quality inspection (related), "
        "1.5 h cleaning and packing (peripheral). allowed?")
JA_PLAN = "溶接24時間、組立10時間、検査6時間。溶接が必須業務、組立が関連業務、検査が周辺業務です。比率は大丈夫？"
KINDS_PLAN = "required 200 hours, related 150 hours, peripheral 100 hours. is this split ok?"
JA_KINDS_PLAN = "必須業務200時間、関連業務150時間、周辺業務100時間の配分は大丈夫ですか？"


@pytest.mark.parametrize("plan,move,said", [
    (PLAN, "what if we move 2 hours from cleaning and packing to quality inspection?", ["cleaning and packing", "1.5", "2"]),
    (PLAN, "shift 4 hours from inspection to machine operation", ["inspection", "3", "4"]),
    (PLAN, "take 5 hours off machine operation and put them into cleaning", ["machine operation", "3.5", "5"]),
    (KINDS_PLAN, "what if we move 300 hours from required to peripheral work?", ["200", "300"]),
    (JA_PLAN, "検査から溶接に8時間移すと？", ["検査", "6時間", "8時間"]),
    (JA_PLAN, "組立の12時間を溶接に回して", ["組立", "10時間", "12時間"]),
    (JA_KINDS_PLAN, "必須業務から周辺業務へ300時間移したら？", ["200時間", "300時間"]),
])
def test_a_move_of_more_hours_than_the_part_has_is_asked_again(bot, plan: str, move: str, said: list[str]) -> None:
    reply = converse(bot, plan, move)
    assert not calls_named(reply, "training_time_split"), reply.tool_calls
    assert reply.follow_up and all(word in reply.answer for word in said), reply.answer
    assert "greater than or equal" not in reply.answer and "Input should" not in reply.answer


@pytest.mark.parametrize("turns,expected", [
    ([PLAN, "what if we move 2 hours from cleaning and packing to quality inspection?",
      "ok, move 1 hour from cleaning and packing to quality inspection then"],
     {"required_hours": 3.5, "related_hours": 4, "peripheral_hours": 0.5}),
    ([JA_PLAN, "検査から溶接に8時間移すと？", "では検査から溶接に4時間移すと？"],
     {"required_hours": 28, "related_hours": 10, "peripheral_hours": 2}),
])
def test_the_plan_is_kept_as_it_was_after_a_move_too_large(bot, turns: list[str], expected: dict) -> None:
    call = last_calculator_call(bot, turns)
    assert call.name == "training_time_split" and call.args == expected, call


@pytest.mark.parametrize("turns,expected", [
    ([PLAN, "shift 4 hours from inspection to machine operation", "ok 2 then"],
     {"required_hours": 5.5, "related_hours": 1, "peripheral_hours": 1.5}),
    ([PLAN, "shift 4 hours from inspection to machine operation", "2 hours"],
     {"required_hours": 5.5, "related_hours": 1, "peripheral_hours": 1.5}),
    ([KINDS_PLAN, "what if we move 300 hours from required to peripheral work?", "50"],
     {"required_hours": 150, "related_hours": 150, "peripheral_hours": 150}),
    ([JA_PLAN, "検査から溶接に8時間移すと？", "じゃあ4時間で"],
     {"required_hours": 28, "related_hours": 10, "peripheral_hours": 2}),
    ([JA_PLAN, "組立の12時間を溶接に回して", "5時間"],
     {"required_hours": 29, "related_hours": 5, "peripheral_hours": 6}),
])
def test_a_lone_number_after_the_ask_is_the_hours_of_that_move(bot, turns: list[str], expected: dict) -> None:
    call = last_calculator_call(bot, turns)
    assert call.name == "training_time_split" and call.args == expected, call
