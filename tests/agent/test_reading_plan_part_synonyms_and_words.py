"""A training plan's parts read with their own values: "necessary/mandatory/essential work" is required work, a number
written in words before a unit ("six hundred fifty h") is read, and each value binds to the label before it (with
"necessary" unknown, every value shifted one label: required 650, related 900, peripheral 450)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = {"required_hours": 900, "related_hours": 450, "peripheral_hours": 650}


@pytest.mark.parametrize("text", [
    "Our plan for next year's trainees (plastic molding): necessary work 900 hrs, related work 450 hours, "
    "peripheral six hundred fifty h. Total 2000. Does it pass?",
    "necessary work 900 hrs, related work 450 hours, peripheral 650 h. Total 2000. Is this ok?",
    "Necessary tasks 900 h, related tasks 450 h, peripheral tasks 650 h, 2000 h in total. Does it pass?",
    "mandatory work 900 hrs, related work four hundred fifty hours, peripheral 650 h. Total 2000. OK?",
    "essential work nine hundred hours, related work 450 h, peripheral work 650 hrs. Does the split pass?",
])
def test_each_part_takes_its_own_value(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in PLAN} == PLAN, parsed.slots
    assert "training_time_split" in parsed.intents


@pytest.mark.parametrize("text", [
    "needed work 900 hrs, related work 450 hours, peripheral 650 h. Does it pass?",
    "basic work 900 hrs, related work 450 hours, peripheral 650 h. Is this split ok?",
])
def test_a_value_of_an_unknown_label_never_shifts_to_the_next_label(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("related_hours") == 450 and parsed.slots.get("peripheral_hours") == 650, parsed.slots
    assert parsed.slots.get("required_hours") in (None, 900), parsed.slots


@pytest.mark.parametrize("text, expected", [
    ("600 required, 300 related, 100 peripheral. Is this ok?", (600, 300, 100)),
    ("required 600, related 300, peripheral 100. Is this ok?", (600, 300, 100)),
    ("600 hours required work, 300 hours related, 100 peripheral. ok?", (600, 300, 100)),
])
def test_either_order_of_label_and_value_still_pairs(text: str, expected: tuple) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert (slots.get("required_hours"), slots.get("related_hours"), slots.get("peripheral_hours")) == expected
