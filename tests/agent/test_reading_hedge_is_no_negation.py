"""A hedge (「受け入れるかもしれません」 "we may accept"), a certainty (「に違いない」) or "only" (「オンラインでしか参加できません」)
ends in a negative form but negates nothing: the word before it keeps its value. A real negation still turns it."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

NOT_NEGATED = [
    ("JIPのオンラインインターンを受け入れるかもしれません。期間は40日です。支援金はいくらですか？", "mode", "online"),
    ("オンラインで参加するかもしれない。30日です。支援金はいくら？", "mode", "online"),
    ("JIPはオンラインでしか参加できません。30日です。支援金はいくら？", "mode", "online"),
    ("来年は優良な実習実施者になるに違いないです。常勤45人なら何人受け入れられますか？", "excellent", True),
]
NEGATED = [
    ("優良な実習実施者ではありません。常勤45人なら何人受け入れられますか？", "excellent", False),
]


@pytest.mark.parametrize("message, slot, value", NOT_NEGATED + NEGATED)
def test_a_hedge_keeps_the_value_and_a_negation_turns_it(message: str, slot: str, value) -> None:
    assert slots_of(message).get(slot) == value, slots_of(message)


def test_a_hedged_online_internship_runs_the_funds_calculator(bot) -> None:
    from support import converse
    from tests.agent.reading_checks import calls_named

    reply = converse(bot, "うちの会社でJIPのオンラインインターンを受け入れるかもしれません。期間は４０日の予定なんですが、"
                          "活動支援金っていくらになりますか？")
    calls = calls_named(reply, "jip_support_funds")
    assert calls and calls[0].args == {"mode": "online", "days": 40}, reply.tool_calls
