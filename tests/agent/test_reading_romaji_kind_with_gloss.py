"""A kind of work named in romaji with its own gloss in brackets ("hissu (required) work 45%", "kanren (related) 30%",
"shuhen (peripheral) 25%") is that kind, read once: the shares reach the split. Before, en5g-09 asked for the hours."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,expected", [
    ("For our welding trainees No.2 plan we wrote: hissu (required) work 45%, kanren (related) 30%, shuhen "
     "(peripheral) 25%. Is this OK?", (45, 30, 25)),
    ("hissu gyomu (main welding) 600 hours, kanren (related tasks) 300 hours, shuhen (cleaning) 100 hours",
     (600, 300, 100)),
    ("hissu (必須) 500 hours, kanren (関連) 300 hours, shuhen (周辺) 200 hours", (500, 300, 200)),
])
def test_a_romaji_kind_with_its_gloss_is_that_kind(text: str, expected: tuple) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert (slots.get("required_hours"), slots.get("related_hours"), slots.get("peripheral_hours")) == expected, slots


def test_the_split_runs(bot) -> None:
    reply = converse(bot, "Quick check pls. For our welding trainees No.2 plan we wrote: hissu (required) work 45%, "
                          "kanren (related) 30%, shuhen (peripheral) 25%. Is this OK for OTIT?")
    calls = calls_named(reply, "training_time_split")
    assert calls, reply.tool_calls
    args = calls[-1].args
    assert (args["required_hours"], args["related_hours"], args["peripheral_hours"]) == (45, 30, 25), args
