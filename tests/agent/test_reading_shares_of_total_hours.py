"""Class: a plan's total in hours written as the whole the shares are taken from ("年間2,000時間のうち、必須55%…",
"1,800時間の中で…", "out of 2,000 hours, required 55% …") makes the percentage shares those hours' parts: the hours are
passed (1,100 / 260 / 640) and the reply states how it computed them."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,hours", [
    ("実習計画の時間配分について相談です。年間2,000時間のうち、必須55%、関連13%、周辺32%で考えています。周辺がちょっと多いかなと思う"
     "んですが、基準的に大丈夫でしょうか？", (1100, 260, 640)),
    ("1,800時間の中で、必須60%、関連25%、周辺15%にしたいです。大丈夫ですか？", (1080, 450, 270)),
    ("out of 2,000 hours, required 55%, related 13%, peripheral 32%. ok?", (1100, 260, 640)),
])
def test_shares_of_a_total_in_hours_are_hours(text: str, hours: tuple) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert (slots.get("required_hours"), slots.get("related_hours"), slots.get("peripheral_hours")) == hours


def test_the_hours_reach_the_calculator_and_are_said(bot) -> None:
    from support import converse

    reply = converse(bot, "年間2,000時間のうち、必須55%、関連13%、周辺32%で考えています。基準的に大丈夫でしょうか？")
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and calls[-1].args == {"required_hours": 1100, "related_hours": 260, "peripheral_hours": 640}
    assert "1,100時間" in reply.answer
