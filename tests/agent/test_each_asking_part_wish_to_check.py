"""Class: every ask of a knowledge message gets its own answer, however the second ask is written: a question
opened by "And from when ...?", a wish to check (「あと…だったかも確認したいです」, "Also I'd like to confirm ...") and
a period named by what happened in it ("what was the period when applications were accepted?"). The first Re-Skills
round's application window and the courses it covered (those starting from April 2018) are both quoted."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

WINDOW = r"(?:September 15|9月15日)[^\n]*(?:October 28|10月28日)"
START = r"April 2018|2018年4月"


@pytest.mark.parametrize("question", [
    "For the very first round of the Re-Skills course certification by METI, what was the period when applications "
    "were accepted? And from when did the courses have to start to be eligible? Thank you in advance.",
    "What was the period when applications were accepted for the first Re-Skills round, and from when did courses "
    "have to start?",
    "When did the first Re-Skills application period run? Also I'd like to confirm from when the courses had to start.",
    "第四次産業革命スキル習得講座（Re-Skills講座）の、最初の認定申請の受付期間を教えてください。あと対象はいつ以降に開講する"
    "講座だったかも確認したいです。",
    "Re-Skills講座の最初の受付期間はいつからいつまででしたか。対象の講座はいつ以降に開講するものだったかも確かめたいです。",
    "Reスキル講座の最初の受付期間はいつでしたか？あと対象はいつ以降に開講する講座だったかも確認したいです。",
])
def test_the_window_and_the_courses_start_are_both_quoted(bot, question: str) -> None:
    answered(bot, question, WINDOW, START)


@pytest.mark.parametrize("question", [
    "what was the period when applications were accepted?",
    "For the first round, what was the period when applications were accepted?",
])
def test_a_period_named_by_what_happened_in_it_asks_a_date(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "date" in ask.hard, ask


@pytest.mark.parametrize(("text", "asks"), [
    ("あと対象はいつ以降に開講する講座だったかも確認したいです。", True),
    ("開講時期も確かめておきたいです。", True),
    ("それと、対象となる講座の開講時期も確認させてください。", True),
    ("Also I'd like to confirm from when the courses had to start.", True),
    ("確認したいことがあります。", False),
    ("We run a small IT school in Osaka.", False),
])
def test_a_wish_to_check_asks(bot, text: str, asks: bool) -> None:
    assert bot.analyzer.asks(text) is asks
