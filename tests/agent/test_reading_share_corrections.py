"""A correction of some parts of a training plan's split ("Correction: related is actually 10% and peripheral 35%",
"訂正：関連は10%、周辺は35%です", the same in hours) re-runs training_time_split with the other parts kept (55 / 10 /
35); "related is actually 10%" was read as nothing and the turn was refused."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "slots"), [
    ("Correction: related is actually 10% and peripheral 35%. Still fine?", {"related_hours": 10, "peripheral_hours": 35}),
    ("Sorry, peripheral is actually 35% and related 10%.", {"related_hours": 10, "peripheral_hours": 35}),
    ("Related should be 15% and peripheral is now 30%.", {"related_hours": 15, "peripheral_hours": 30}),
    ("訂正：関連は10%、周辺は35%です。", {"related_hours": 10, "peripheral_hours": 35}),
])
def test_a_share_named_first_is_read(text: str, slots: dict) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in slots} == slots


@pytest.mark.parametrize(("first", "correction", "args"), [
    ("Our plan is 55% required work, 20% related, 25% peripheral. OK?",
     "Correction: related is actually 10% and peripheral 35%. Still fine?", (55, 10, 35)),
    ("研修計画は必須業務55%、関連業務20%、周辺業務25%です。大丈夫ですか？", "訂正：関連は10%、周辺は35%です。それでも大丈夫？",
     (55, 10, 35)),
    ("Our plan: 1100 hours required, 400 related, 500 peripheral. OK?",
     "Correction: related is actually 200 hours and peripheral 700. Still fine?", (1100, 200, 700)),
    ("必須業務1100時間、関連業務400時間、周辺業務500時間の計画です。大丈夫？", "訂正：関連は200時間、周辺は700時間です。",
     (1100, 200, 700)),
])
def test_the_split_reruns_with_the_other_parts_kept(bot, first: str, correction: str, args: tuple) -> None:
    reply = converse(bot, first, correction)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == args
    assert not reply.refused
    assert "35" in reply.answer


@pytest.mark.parametrize(("first", "correction", "total"), [
    ("Our plan is 55% required work, 20% related, 25% peripheral. OK?", "Correction: peripheral is actually 30%.", "105%"),
    ("研修計画は必須業務55%、関連業務20%、周辺業務25%です。大丈夫ですか？", "訂正：周辺は30%です。", "105%"),
    ("Our plan is 60% required work, 20% related, 20% peripheral. OK?", "Sorry, related is actually 10%.", "90%"),
])
def test_a_corrected_share_that_breaks_the_whole_is_asked_about(bot, first: str, correction: str, total: str) -> None:
    reply = converse(bot, first, correction)
    assert not reply.tool_calls and not reply.refused
    assert total in reply.answer and reply.follow_up


def test_the_shares_given_after_the_question_run(bot) -> None:
    reply = converse(bot, "Our plan is 55% required work, 20% related, 25% peripheral. OK?",
                     "Correction: peripheral is actually 30%.", "55% required, 15% related, 30% peripheral")
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == (55, 15, 30)
