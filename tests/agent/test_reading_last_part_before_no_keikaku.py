"""The last part's hours written right before 「の計画」 are that part's hours, with a particle or 週 between the kind and
its figure too: 「周辺が8時間の計画」 is peripheral 8 hours, never a plan total of 8 hours (the reply said the total given
did not match the parts). A total said as such (「全部で1800時間の計画」「週40時間の計画で」) is still the total."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("text, hours", [
    ("必須作業が週20時間、関連が12時間、周辺が8時間の計画は大丈夫？", (20, 12, 8)),
    ("必須が1000時間、関連が500時間、周辺は300時間の計画です。OK?", (1000, 500, 300)),
    ("必須業務は1,200時間、関連業務は500時間、周辺業務も300時間の計画です", (1200, 500, 300)),
    ("必須が週24時間、関連が週10時間、周辺が週6時間の計画です。基準を満たしますか", (24, 10, 6)),
])
def test_the_last_parts_hours_before_no_keikaku_are_no_total(bot, text: str, hours: tuple[int, int, int]) -> None:
    reply = converse(bot, text)
    (call,) = calls_named(reply, "training_time_split")
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == hours
    assert "一致しない" not in reply.answer


@pytest.mark.parametrize("text", [
    "全部で1800時間の計画で、必須1000時間、関連500時間、周辺300時間です",
    "週40時間の計画で、必須20時間、関連12時間、周辺8時間",
])
def test_a_total_before_no_keikaku_is_still_the_total(bot, text: str) -> None:
    reply = converse(bot, text)
    assert calls_named(reply, "training_time_split")
    assert "一致しない" not in reply.answer
