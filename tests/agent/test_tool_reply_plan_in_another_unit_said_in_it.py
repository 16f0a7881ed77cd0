"""A training plan given in days, weeks or months is answered in that unit ("of 12 months", 「計画の合計12か月のうち」),
never as hours of the same figure; a plan in hours keeps its hours."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize(("text", "said", "never"), [
    ("required 6 months, related 4 months, peripheral 2 months. is this split ok?", "12 months", "12 hours"),
    ("we put 9 days on the required work, 6 days on related work and 5 days on peripheral work. allowed?",
     "20 days", "20 hours"),
    ("必須業務6か月、関連業務4か月、周辺業務2か月の計画です。大丈夫ですか？", "12か月", "12時間"),
    ("必須作業を9日、関連作業を6日、周辺作業を5日の予定です。問題ないですか？", "20日", "20時間"),
])
def test_plan_in_another_unit_is_answered_in_it(bot, text: str, said: str, never: str) -> None:
    reply = converse(bot, text)
    assert [c.name for c in reply.tool_calls if c.name != "search_knowledge"] == ["training_time_split"]
    assert said in reply.answer and never not in reply.answer, reply.answer[:400]


def test_plan_in_hours_keeps_its_hours(bot) -> None:
    reply = converse(bot, "required 600 hours, related 300 hours, peripheral 100 hours. is this split ok?")
    assert "1,000 hours" in reply.answer or "1000 hours" in reply.answer, reply.answer[:400]
