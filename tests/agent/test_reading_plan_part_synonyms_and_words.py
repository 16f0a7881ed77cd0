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
