"""Class: the plan's whole hours written as the length of the training or course ("training for 900 hours", "a 900
hours course", "a 900-hour course", 研修期間中の総時間は900時間, "out of 900 hours, required work is 500") is the plan's
total, never a part's hours: each part keeps the figure written next to it, and a part left out is the rest."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

WHOLE = [
    ("It's a 900 hours course; required 500, related 300, peripheral 100. Is that compliant?", (500, 300, 100)),
    ("We do training for 900 hours; required 500, related 250, peripheral 150. ok?", (500, 250, 150)),
    ("a 900-hour course: 450 hours required, 300 related, 150 peripheral. check it", (450, 300, 150)),
    ("We run training for 900 hours: 500 required work, 300 related and 100 peripheral. OK?", (500, 300, 100)),
    ("out of 900 hours, required work is 500, related 250, peripheral 150", (500, 250, 150)),
    ("研修期間中の総時間は900時間で、必須業務500時間、関連業務300時間、周辺業務100時間です。大丈夫ですか？", (500, 300, 100)),
]


@pytest.mark.parametrize("text, parts", WHOLE)
def test_the_whole_is_the_total_and_each_part_its_own_figure(text: str, parts: tuple[int, int, int]) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert (slots.get("required_hours"), slots.get("related_hours"), slots.get("peripheral_hours")) == parts, slots
    assert slots.get("total_hours") == 900


@pytest.mark.parametrize("text, parts", [
    ("training for 900 hours, required work 400, peripheral 100, is that fine?", (400, 400, 100)),
    ("研修期間中の総時間は900時間で、必須業務は500時間、周辺業務は100時間です。問題ありませんか？", (500, 300, 100)),
    ("Out of 900 hours, required work is 500 and peripheral is 100. Is the split ok?", (500, 300, 100)),
])
def test_a_part_left_out_is_the_rest_of_the_whole(bot, text: str, parts: tuple[int, int, int]) -> None:
    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == parts


def test_a_course_length_still_reads_a_reskills_course() -> None:
    slots = UNDERSTANDER.parse("a 40 hours course with 20 hours practical, re-skills ok?").slots
    assert slots.get("total_hours") == 40 and slots.get("practical_hours") == 20
