"""A plan part named in a sentence before a list written number first does not turn the list's pairing around.

The class (en7x-06): "the peripheral share is too high ... 840 h required, 180 h related, 480 h peripheral" names a
part before the list; the part-keyword pairing took the first item's kind (a keyword) as the list's orientation and
paired each keyword with the number after it, across the commas (required 180, related 480: the user's figures were
changed). A keyword in a sentence that holds no number names no figure and is left out of the pairing, so the figures
reach the calculator as typed. (A part named in the same sentence before a colon, "Related work seems low: 840 hrs
required, ...", is not covered.)
"""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = {"required_hours": 840, "related_hours": 180, "peripheral_hours": 480}


@pytest.mark.parametrize("text", [
    "Our supervising org says the peripheral share is too high in this plan, I think it's fine. Total 1,500 hours: "
    "840 h required, 180 h related, 480 h peripheral. Who is right?",
    "the peripheral share is too high. 840 hours required, 180 hours related, 480 hours peripheral.",
    "Is the required part big enough? 840h required, 180h related, 480h peripheral",
    "Related work seems low to me. 840 hrs required, 180 hrs related and 480 hrs peripheral. OK?",
])
def test_a_part_named_before_a_number_first_list_keeps_each_figure(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in PLAN} == PLAN, parsed.slots


@pytest.mark.parametrize("text", [
    "Is the required part enough? required 840, related 180, peripheral 480",
    "required 840 h, related 180 h, peripheral 480 h",
])
def test_a_keyword_first_list_still_pairs_each_keyword_with_the_number_after_it(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in PLAN} == PLAN, parsed.slots


def test_the_calculator_gets_the_figures_as_typed(bot) -> None:
    reply = converse(bot, "Our supervising org says the peripheral share is too high in this plan, I think it's fine. "
                          "Total 1,500 hours: 840 h required, 180 h related, 480 h peripheral. Who is right?")
    calls = [c.args for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and {k: calls[-1].get(k) for k in PLAN} == PLAN, reply.tool_calls
