"""A share correction: a share that "went up to" or "is only" a figure (number words too) is that figure; "required stays the
same" keeps it; the split reruns with the corrected shares."""

from __future__ import annotations

import re

import pytest

from support import converse


@pytest.mark.parametrize("second", [
    "hmm my manager sent me old version. In the new one required stays the same but related is only five percent and "
    "peripheral went up to 35%",
    "sorry, old version. required is the same, related dropped to 5% and peripheral went up to 35%",
    "correction: required still 60%, related is only 5 percent, peripheral rose to 35 percent",
])
def test_a_share_correction_re_runs_the_split(bot, second: str) -> None:
    reply = converse(bot, "Our trainee plan for welding: required work 60%, related 25%, peripheral 15%. is it ok?",
                     second)
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls, reply.tool_calls
    args = calls[0].args
    assert (args["required_hours"], args["related_hours"], args["peripheral_hours"]) == (60, 5, 35), args
    assert re.search(r"(?<![\d.,])35(?:\.0)?\s?%", reply.answer), reply.answer[:400]
