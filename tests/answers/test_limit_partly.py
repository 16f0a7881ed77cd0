"""Class: a yes/no question whether something holds automatically, always or for all (自動的に / 必ず / すべて) is
answered by a qualified statement ("plans to include a portion of the courses ... that satisfy the requirements
specified by MHLW") with a "not automatically" lead naming who sets the requirements; a plain "can it be ...?"
is not answered by it, and a separate step stated in the documents still answers first."""

from __future__ import annotations

import pytest

from bot.agent.compose import default_responses
from bot.answers.limits import PARTLY, Limits

PORTION = ("The Ministry of Health, Labour and Welfare (MHLW) plans to include a portion of the educational courses "
           "certified by the Minister of Economy, Trade and Industry that satisfy the requirements specified by MHLW "
           "as courses eligible for its Training and Education Benefits System (specialized practical training).")
SEPARATE = ("To receive a designation under MHLW's Training and Education Benefits System, an application needs to be "
            "made separately with MHLW.")


@pytest.fixture(scope="module")
def limits() -> Limits:
    return Limits.load()


@pytest.mark.parametrize("question", [
    "経産省のRe-Skills認定を取れば、自動的に厚労省の教育訓練給付の対象講座にもなるんでしょうか？",
    "Re-Skills講座の認定を受ければ、すべて教育訓練給付の対象講座になるのですか？",
    "Does a Re-Skills certified course automatically become eligible for the MHLW Training and Education Benefits?",
    "Are all METI-certified courses covered by the MHLW Training and Education Benefits System?",
    "Is every certified course always eligible for the Training and Education Benefits?",
])
def test_an_automatic_question_gets_not_automatically(limits: Limits, question: str) -> None:
    found = limits.find(question, [PORTION], {PORTION})
    assert found is not None and found.kind == PARTLY
    assert found.with_ == "MHLW" and "厚生労働省" in found.with_ja
    responses = default_responses()
    assert responses.say("knowledge.limit.partly", "en", x=found.x, with_=found.with_).startswith("Not automatically")
    ja = responses.say("knowledge.limit.partly", "ja", x=found.x, with_="・".join(found.with_ja))
    assert ja.startswith("自動的には") and "別途" in ja


def test_a_plain_can_question_is_not_answered_by_a_portion(limits: Limits) -> None:
    found = limits.find("Can a certified course be eligible for the Training and Education Benefits?", [PORTION], {PORTION})
    assert found is None or found.kind != PARTLY


def test_a_separate_step_answers_before_a_portion(limits: Limits) -> None:
    q = "Does a Re-Skills course automatically become eligible for MHLW's Training and Education Benefits System?"
    found = limits.find(q, [PORTION, SEPARATE], {PORTION})
    assert found is not None and found.kind == "separately"
