"""The kinds of work of a training plan in romaji inside English ("hissu work 500 hours", "kanren gyoumu", "shuhen
sagyou", "our keikaku") reach the split calculator as required / related / peripheral hours."""

from __future__ import annotations

import pytest

from support import converse

PLANS = [
    ("Please check our keikaku. Hissu work 500 hours, kanren work 180 hours, shuhen work 320 hours. Is this OK?",
     {"required_hours": 500, "related_hours": 180, "peripheral_hours": 320}),
    ("jisshu keikaku: hissu gyoumu 1000h, kanren gyoumu 600h, shuhen gyoumu 400h ok?",
     {"required_hours": 1000, "related_hours": 600, "peripheral_hours": 400}),
    ("hisshu sagyou 900 hours / kanren sagyou 700 hours / shuuhen sagyou 400 hours, allowed?",
     {"required_hours": 900, "related_hours": 700, "peripheral_hours": 400}),
]


@pytest.mark.parametrize("text,args", PLANS)
def test_romaji_kinds_of_work_reach_the_split_calculator(bot, text: str, args: dict) -> None:
    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls, reply.answer
    assert {k: calls[-1].args.get(k) for k in args} == args
