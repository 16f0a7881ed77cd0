"""A share said with a bound ("必須業務って4割以上でしたよね？", "関連業務は「50%未満」と「50%以下」どっち", "required: 40%
minimum", "related at most 50%") is the rule's threshold the user recalls or asks about, never a part of their own
plan: the plan's hours stated with a unit fill the slots. Before, 「必須業務８５０時間・関連７００時間・周辺４５０時間…
必須業務って4割以上…関連業務は「50%未満」と「50%以下」どっち」 ran nothing and took 40 and 50 as the plan's hours."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

PLANS = [
    ("施設園芸（トマト）の農家です。実習計画の時間を、必須業務８５０時間・関連７００時間・周辺４５０時間で出そうと思って"
     "ます。必須業務って4割以上あれば大丈夫でしたよね？それと関連業務は「50%未満」と「50%以下」どっちなんでしょう。",
     (850, 700, 450)),
    ("必須業務1000時間、関連業務600時間、周辺業務400時間の予定です。必須は5割以上でいいんですよね？関連は4割未満でしたっけ",
     (1000, 600, 400)),
    ("We planned 850 hours required, 700 hours related, 450 hours peripheral. The rule is required: 40% minimum and "
     "related: 50% max, right?", (850, 700, 450)),
    ("Our plan is required 850 hours, related 700 hours and peripheral 450 hours. Required only needs to be at least "
     "40%, right? And is related under 50% or at most 50%?", (850, 700, 450)),
]


@pytest.mark.parametrize("text,hours", PLANS)
def test_a_bounded_share_is_no_part_of_the_plan(text: str, hours: tuple[int, int, int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "training_time_split" in parsed.intents
    got = tuple(parsed.slots.get(s) for s in ("required_hours", "related_hours", "peripheral_hours"))
    assert got == hours


@pytest.mark.parametrize("text,shares", [
    ("必須業務を55%、関連業務を25%、周辺業務を20%にする予定です", (55, 25, 20)),
    ("required 55%, related 25%, peripheral 20%", (55, 25, 20)),
    # a change is no bound: "went up to 35%", 「35%まで上がりました」 (en4e-17)
    ("In the new one required is 60%, related is only 5% and peripheral went up to 35%", (60, 5, 35)),
    ("必須業務60%、関連業務5%、周辺業務が35%まで上がりました", (60, 5, 35)),
])
def test_a_share_without_a_bound_is_still_the_plans(text: str, shares: tuple[int, int, int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    got = tuple(parsed.slots.get(s) for s in ("required_hours", "related_hours", "peripheral_hours"))
    assert got == shares and parsed.percent_shares


def test_the_bot_checks_the_plans_hours(bot) -> None:
    from support import converse

    reply = converse(bot, PLANS[0][0])
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == (850, 700, 450)
    assert "42.5" in reply.answer
