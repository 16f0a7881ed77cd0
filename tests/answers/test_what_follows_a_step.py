"""Class: "what happens after we send?" (送った後はどうなりますか) asks what follows a step of a procedure: the unit of
that step's section that says what follows ("A hearing may be held to examine the content of the course") answers,
not the step of sending itself; beside the steps asked step by step too."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Hi team, we are training company with office in Bengaluru and Tokyo. We want to apply our data science course for "
    "the Re-Skills certification. Can you explain step by step how we apply? What system, which forms, and what "
    "happens after we send?",
    "what happens after we send the Re-Skills application?",
    "Re-Skills講座の申請書類をe-Govで送った後はどうなりますか？",
])
def test_what_follows_sending_is_the_hearing(bot, question: str) -> None:
    answered(bot, question, r"(?i)hearing")


@pytest.mark.parametrize("question", [
    "送った後はどうなりますか？",
    "申請した後の流れは？",
    "what happens after we submit?",
])
def test_after_sending_asks_the_next_step(types: AnswerTypes, question: str) -> None:
    assert "next_step" in types.classify(question).types


def test_a_hearing_is_what_follows(types: AnswerTypes) -> None:
    assert "next_step" in types.detect("A hearing may be held to examine the content of the course.")
