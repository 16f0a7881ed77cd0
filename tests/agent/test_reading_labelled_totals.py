"""A number labelled as a total (total, in total, overall, altogether, 合計, 総, 全) never fills a part slot: the
training plan's parts are read without it; a stated total that disagrees with the parts' sum is said in the reply
(never silently passed over)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Please check our client's training plan: total 2000 hours, required work 1020 h, related work 340 h, peripheral "
    "work 640 h. Is this split OK?",
    "in total 2000 hours: 1020 hours required, 340 hours related, 640 hours peripheral. ok?",
    "Overall 2000 h. Required 1020 h, related 340 h, peripheral 640 h. Is it allowed?",
    "required 1020 h, related 340 h, peripheral 640 h, 2000 hours in total. Is it OK?",
    "総実習時間2000時間、必須業務1020時間、関連業務340時間、周辺業務640時間です。大丈夫ですか？",
    "合計2000時間で、必須1020時間、関連340時間、周辺640時間。OK?",
])
def test_a_total_never_fills_a_part(text: str) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert (slots.get("required_hours"), slots.get("related_hours"), slots.get("peripheral_hours")) == (1020, 340, 640)
    assert slots.get("total_hours") == 2000
    assert "practical_hours" not in slots


@pytest.mark.parametrize(("text", "said"), [
    ("required 1000 h, related 500 h, peripheral 300 h, total 2000 h. Is it OK?", "1000 + 500 + 300 = 1800"),
    ("Total 2000 hours: required 1000 h, related 500 h, peripheral 300 h. Is the split fine?", "1000 + 500 + 300 = 1800"),
    ("必須業務1000時間、関連業務500時間、周辺業務300時間、合計2000時間です。問題ありますか？", "1000 + 500 + 300 = 1800"),
])
def test_a_total_that_disagrees_with_the_parts_is_said(bot, text: str, said: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert reply.tool_calls[0].args == {"required_hours": 1000, "related_hours": 500, "peripheral_hours": 300}
    assert said in reply.answer and "2000" in reply.answer


def test_a_total_that_agrees_is_not_remarked(bot) -> None:
    from support import converse

    reply = converse(bot, "total 2000 hours, required work 1020 h, related work 340 h, peripheral work 640 h. OK?")
    assert reply.tool_calls[0].args == {"required_hours": 1020, "related_hours": 340, "peripheral_hours": 640}
    assert "not the sum" not in reply.answer
