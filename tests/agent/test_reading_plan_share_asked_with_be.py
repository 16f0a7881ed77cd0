"""A plan's share asked as a possibility ("Can peripheral work be 32% of the plan if required work is 50% and related
is 18%?", "Could related be 20% and peripheral 10%, with required at 70%?") is the plan's share as much as one stated
with "is": all three parts reach the calculator. One share alone asked so ("Can peripheral work be 32%?") stays a rule
question."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call, slots_of


@pytest.mark.parametrize("text,parts", [
    ("Can peripheral work be 32% of the plan if required work is 50% and related is 18%?", (50, 18, 32)),
    ("Could related be 20% and peripheral 10%, with required at 70%?", (70, 20, 10)),
    ("Our plan: required 60%, related 25%. Can peripheral be 15%?", (60, 25, 15)),
], ids=["en-can-peripheral-be", "en-could-related-be", "en-can-be-after-the-others"])
def test_a_share_asked_with_be_is_the_plans(bot, text: str, parts: tuple[int, int, int]) -> None:
    call = last_calculator_call(bot, [text])
    assert call.name == "training_time_split"
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == parts


def test_one_share_asked_alone_is_no_plan() -> None:
    assert "peripheral_hours" not in slots_of("Can peripheral work be 32%?")
