"""Class: a follow-up that completes a pending calculation runs it with what the dialogue said.

A part of a training plan named after its hours (「残りの300時間は周辺作業です」, 「500時間を関連業務に充てます」, "the remaining
300 hours are peripheral work") fills that part, so the split runs on the plan's parts (1000/500/300). A follow-up giving a
calculator's figure after a knowledge question that stated its other values ("For JIP in-person internship, do interns
get any money for daily costs?" then "my placement would be 42 days. how much in total?") runs that calculator with the
value said before (in person) and the new figure (42 days)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "slot", "value"), [
    ("残りの300時間は周辺作業です。", "peripheral_hours", 300),
    ("残りの300時間は周辺業務です。", "peripheral_hours", 300),
    ("500時間を関連業務に充てます", "related_hours", 500),
    ("1000時間は必須業務です。", "required_hours", 1000),
])
def test_a_part_named_after_its_hours_fills_it(text: str, slot: str, value: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get(slot) == value


@pytest.mark.parametrize("turns", [
    ("2号の実習計画を作っています。総時間1,800時間で、必須1,000時間、関連500時間にしています。これで基準は大丈夫でしょうか？",
     "残りの300時間は周辺作業です。"),
    ("2号の実習計画です。必須1,000時間、関連500時間です。基準を満たしていますか？", "残りの300時間は周辺作業です。"),
    ("Our No.2 plan: 1800 hours in total, 1000 hours required work and 500 hours related work. Does it meet the "
     "standard?", "the remaining 300 hours are peripheral work."),
])
def test_a_follow_up_naming_the_rest_runs_the_split(bot, turns: tuple[str, ...]) -> None:
    reply = converse(bot, *turns)
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and calls[0].args == {"required_hours": 1000, "related_hours": 500, "peripheral_hours": 300}, (
        reply.tool_calls, reply.answer)
    assert "55.6" in reply.answer and "16.7" in reply.answer


@pytest.mark.parametrize(("turns", "mode", "days", "total"), [
    (("For JIP in-person internship, do interns get any money for daily costs?",
      "my placement would be 42 days. how much in total?"), "in_person", 42, "126,000"),
    (("Do online JIP interns get an allowance?", "and for 30 days, how much is it?"), "online", 30, "30,000"),
    (("JIPの対面インターンシップでは、生活費の支援はありますか？", "期間は42日です。合計でいくらになりますか？"), "in_person", 42,
     "126,000"),
])
def test_a_figure_after_a_knowledge_question_runs_its_calculator(bot, turns: tuple[str, ...], mode: str, days: int,
                                                                  total: str) -> None:
    reply = converse(bot, *turns)
    calls = [c for c in reply.tool_calls if c.name == "jip_support_funds"]
    assert calls and calls[0].args == {"mode": mode, "days": days}, (reply.tool_calls, reply.answer)
    assert total in reply.answer
