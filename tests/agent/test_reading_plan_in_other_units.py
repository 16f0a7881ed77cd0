"""Class: a training plan's split given in another unit than hours (days, weeks, months, shifts; 日, 週間, か月) is read
with the figures as typed, since the shares are the same in any one unit, and the reply says the unit: "we put 9 days on
the required work (painting), 6 days related work, 5 days peripheral" is 9/6/5 days, 45% required (before: "20 working
days" was read as an internship's days and the plan's hours were asked). Parts in different units are not read so."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PARTS = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize("text,expected,unit", [
    ("question about the training plan. A month for our trainee is about 20 working days of 8 hours. We put 9 days on "
     "the required work (painting), 6 days related work, 5 days peripheral. Is it acceptable or do we need change?",
     (9, 6, 5), "days"),
    ("required 3 weeks, related 2 weeks, peripheral 1 week per quarter. OK?", (3, 2, 1), "weeks"),
    ("Out of 22 shifts, 12 shifts required work, 6 shifts related, 4 shifts peripheral. Allowed?", (12, 6, 4), "shifts"),
    ("Over the year: 7 months required work, 4 months related work, 1 month peripheral. Fine?", (7, 4, 1), "months"),
    ("必須作業を9日、関連作業を6日、周辺作業を5日にしています。大丈夫ですか？", (9, 6, 5), "日"),
    ("月に20日のうち、必須作業が10日、関連作業が6日、周辺作業が4日です。基準を満たしますか？", (10, 6, 4), "日"),
])
def test_a_split_in_another_unit_is_read_as_typed(text: str, expected: tuple[int, int, int], unit: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(s) for s in PARTS) == expected
    assert "days" not in parsed.slots and nlu.SPLIT in parsed.intents
    assert ("reading.plan_unit", unit) in [(k, v.get("unit")) for k, v in parsed.notes]


def test_parts_in_different_units_are_not_read_as_one_plan() -> None:
    parsed = UNDERSTANDER.parse("We put 9 days on required work and 30 hours on related.")
    assert "reading.plan_unit" not in [k for k, _ in parsed.notes]


@pytest.mark.parametrize("text,said", [
    ("A month is about 20 working days. We put 9 days on the required work, 6 days related work, 5 days peripheral. "
     "Is it acceptable?", "you gave the plan in days"),
    ("必須作業を9日、関連作業を6日、周辺作業を5日にしています。大丈夫ですか？", "計画は日単位で"),
])
def test_the_split_runs_on_the_figures_and_the_reply_says_the_unit(bot, text: str, said: str) -> None:
    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert tuple(call.args[s] for s in PARTS) == (9, 6, 5)
    assert said in reply.answer and "45" in reply.answer
