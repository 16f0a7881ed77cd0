"""A training plan written as three figures in a row ("a 60/25/15 split", "split of 50:20:30", "600/300/100 hours",
"60/25/15の配分", "55対15対30") reaches training_time_split: in the kinds' order when the message names them
("peripheral/related/required is 20/30/50"), else in the rule book's order (required / related / peripheral), which
the reply then says. Shares are told from hours by a share sign, an hour unit, or figures adding up to 100; three
figures with none of these (a date, a phone number) are not a plan. "Is a 60/25/15 split allowed?" had been refused."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
SLOTS = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize(("text", "values", "said"), [
    ("Is a 60/25/15 split of training hours allowed?", (60, 25, 15), True),
    ("split of 50:20:30, is it fine?", (50, 20, 30), True),
    ("Our training plan: required/related/peripheral = 600/300/100 hours. OK?", (600, 300, 100), False),
    ("peripheral/related/required is 20/30/50, allowed?", (50, 30, 20), False),
    ("We have a 700/200/100 hour split. ok?", (700, 200, 100), True),
    ("実習時間を60/25/15の配分にしたいのですが大丈夫ですか？", (60, 25, 15), True),
    ("必須・関連・周辺＝６００・３００・１００時間の計画です。問題ない？", (600, 300, 100), False),
    ("周辺/関連/必須の割合は20/30/50です", (50, 30, 20), False),
    ("配分は55対15対30です。OKですか", (55, 15, 30), True),
])
def test_three_figures_in_a_row_are_the_plan(text: str, values: tuple, said: bool) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(s) for s in SLOTS) == values
    assert any(k == "reading.ordered_shares" for k, _ in parsed.notes) == said


@pytest.mark.parametrize("text", [
    "Our office moved on 10/1/2024, what is the split rule?",
    "call 03/3501/1511 about the split",
    "a 60/25/10 split?",  # adds up to 95, no sign, no unit: not read as shares
])
def test_three_figures_that_are_no_plan_are_not_read(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not any(parsed.slots.get(s) for s in SLOTS)


@pytest.mark.parametrize(("question", "args", "words"), [
    ("Is a 60/25/15 split of training hours allowed?", (60, 25, 15), ("in that order", "whole plan")),
    ("We have a 700/200/100 hour split. ok?", (700, 200, 100), ("in that order",)),
    ("実習時間を60/25/15の配分にしたいのですが大丈夫ですか？", (60, 25, 15), ("この順に", "計画全体")),
])
def test_the_split_calculator_runs_and_says_the_order(bot, question: str, args: tuple, words: tuple) -> None:
    reply = converse(bot, question)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert tuple(call.args[s] for s in SLOTS) == args
    assert not reply.refused
    for word in words:
        assert word in reply.answer
