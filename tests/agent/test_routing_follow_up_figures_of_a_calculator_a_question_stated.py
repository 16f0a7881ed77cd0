"""Class: a calculation asked in a follow-up to a knowledge answer on the calculator's topic (「来日してやるほうの
インターンシップだと、お金の支援みたいなのは出ますか？」 answered with the support-funds unit, then 「期間は６週間です。全部で
４２日間です。合計いくらになりますか？」): the knowledge question stated the calculator's value (来日 = in person; it may state
another calculator's too, 来日 = in Japan), the follow-up states the figure only that calculator takes, so it runs with
both (routing.held_task), never a quote of both rates (ja7a-18)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators


@pytest.mark.parametrize("first,follow_up,args", [
    ("来日してやるほうのインターンシップだと、お金の支援みたいなのは出ますか？",
     "期間は６週間です。土日も入れて全部で４２日間です。合計いくらになりますか？", {"mode": "in_person", "days": 42}),
    ("オンラインのインターンシップでも、お金の支援はありますか？", "30日間です。全部でいくらもらえますか？",
     {"mode": "online", "days": 30}),
    ("来日して参加するインターンシップには、支援金はありますか？", "60日間の予定です。合計でいくらですか？",
     {"mode": "in_person", "days": 60}),
    ("what support money do in-person interns get?", "it's 6 weeks, 42 days in total. how much altogether?",
     {"mode": "in_person", "days": 42}),
    ("Do online interns get any money?", "It runs 30 days. What's the total?", {"mode": "online", "days": 30}),
    ("in-person JIP interns living in Japan during it: any financial support?", "we plan 60 days. how much in total?",
     {"mode": "in_person", "days": 60}),
])
def test_the_follow_ups_figure_runs_the_calculator_the_question_stated(bot, first: str, follow_up: str,
                                                                      args: dict) -> None:
    (call,) = calculators(converse(bot, first, follow_up))
    assert call.name == "jip_support_funds"
    assert call.args == args


@pytest.mark.parametrize("first,follow_up", [
    # a follow-up stating no figure of the calculator stays a knowledge question
    ("来日してやるほうのインターンシップだと、お金の支援みたいなのは出ますか？", "申請はどこからできますか？"),
    ("Do online interns get any money?", "How do we apply?"),
])
def test_a_follow_up_without_its_figure_is_no_calculation(bot, first: str, follow_up: str) -> None:
    assert not calculators(converse(bot, first, follow_up))
