"""Class: a full-time count stated as already leaving the trainees out ("82 full time, not including the 4 trainees we
already have", "excluding", "without counting", "besides the trainees", "the 4 trainees are not included",
実習生は含めていません / 含まず / 除いて / を除く / 別で) is the count as typed; only a count said to hold the trainees
("86 including the 4 trainees", 実習生4人を含めて) has them subtracted."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

AS_TYPED = [
    "sorry I miscounted, it's 82 full time, not including the 4 trainees we already have. what is the limit then?",
    "We have 82 full-time employees, not including the 4 trainees. How many can we accept?",
    "82 full-time staff excluding our 4 trainees, how many trainees can we take?",
    "Not counting the 4 trainees, we have 82 full-time employees. What's our quota?",
    "We have 82 full-time staff besides the 4 trainees we already have. What is our quota?",
    "We have 82 full-time employees (the 4 trainees are not included). How many trainees can we accept?",
    "We have 82 full time employees without counting the 4 interns. How many trainees?",
    "常勤は82人です（実習生4人は含めていません）。何人まで受け入れられますか？",
    "常勤82人、実習生4人を含めていません。受入れ人数は？",
    "実習生の4人を除いて常勤は82人です。何人まで？",
    "常勤は82人で、今いる実習生4人は別です。何人まで受け入れられますか",
    "常勤職員は82名です。実習生4名は含まずの人数です。何人まで受け入れ可能？",
]
INCLUDED = [
    "We have 86 full-time employees including the 4 trainees. How many trainees can we accept?",
    "常勤は86人で、実習生4人を含めています。何人まで受け入れられますか",
]


@pytest.mark.parametrize("text", AS_TYPED)
def test_a_count_said_to_leave_the_trainees_out_is_taken_as_typed(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == 82, parsed.slots
    assert not parsed.parts


@pytest.mark.parametrize("text", INCLUDED)
def test_a_count_said_to_hold_the_trainees_has_them_subtracted(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 82


def test_a_correction_that_leaves_the_trainees_out_runs_on_the_count_typed(bot) -> None:
    reply = converse(bot, "We have 28 full-time employees, how many technical intern trainees can we accept?",
                     AS_TYPED[0])
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 82
