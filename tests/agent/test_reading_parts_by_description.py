"""A training plan's parts named by what they are fill their slots: the main job / main work / 主な作業 is the required
work; cleaning, carrying materials, tidying up / 清掃, 運搬, 片付け are peripheral work (kept as data)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "hours"), [
    ("my company in japan show me training plan: 900 hour welding (main job), 500 hour related work, 600 hour cleaning "
     "and carry material. is this ok by the rule?", (900, 500, 600)),
    ("Training plan: main work 1000 h, related 400 h, cleaning and carrying materials 300 h. Is it OK?", (1000, 400, 300)),
    ("main job 1200 hours, related work 500 hours, tidying up 300 hours. allowed?", (1200, 500, 300)),
    ("主な作業（溶接）900時間、関連業務500時間、清掃と運搬600時間です。この計画は大丈夫ですか？", (900, 500, 600)),
    ("メインの作業が1000時間、関連400時間、片付けが300時間。問題ない？", (1000, 400, 300)),
])
def test_parts_named_by_description_fill_their_slots(text: str, hours: tuple[int, int, int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    slots = parsed.slots
    assert (slots.get("required_hours"), slots.get("related_hours"), slots.get("peripheral_hours")) == hours
    assert "training_time_split" in parsed.intents


def test_the_bot_checks_the_split(bot) -> None:
    from support import converse

    reply = converse(bot, "my company in japan show me training plan: 900 hour welding (main job), 500 hour related "
                          "work, 600 hour cleaning and carry material. is this ok by the rule?")
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert call.args == {"required_hours": 900, "related_hours": 500, "peripheral_hours": 600}
    assert "45" in reply.answer
