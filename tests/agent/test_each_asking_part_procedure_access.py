"""Class: a procedure part (how to apply / submit / register, 申請方法, どうやって申し込む) beside the application period
quotes the unit that names the system (e-Gov) and how to get access to it (an ID and password) beside the period:
the opening of the steps with its first step, not one later step ("through the System"). A question may open
with what both of its questions are about ("For the 2017 Re-Skills course certification, when was ... and how
do we apply?"). A Japanese sentence asks both in two clauses (受付期間はいつからいつまでで、どのような方法で申請する
のでしょうか): each clause that asks a kind of answer of its own is an ask."""

from __future__ import annotations

import pytest

from bot.answers.asks import list_of_asks
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize(("question", "asks"), [
    ("For the 2017 Re-Skills course certification, when was the application period and how do we apply?",
     ["For the 2017 Re-Skills course certification, when was the application period?", "how do we apply?"]),
    ("About the Re-Skills certification, when is the deadline and how do we submit it?",
     ["About the Re-Skills certification, when is the deadline?", "how do we submit it?"]),
    ("When was the application period and how do we apply?",
     ["When was the application period?", "how do we apply?"]),
])
def test_a_frame_before_two_questions_keeps_both(question: str, asks: list[str]) -> None:
    assert list_of_asks(question) == asks


def test_a_statement_with_a_frame_is_no_list_of_asks() -> None:
    assert list_of_asks("For the Re-Skills certification, we applied and we wait.") == []


@pytest.mark.parametrize("question", [
    "For the 2017 Re-Skills course certification, when was the application period and how do we apply? We dont "
    "have ID for the system yet.",
    "For the Re-Skills certification, when was the acceptance period and how do we register?",
    "What's the acceptance period for Re-Skills certification, and how do we file it?",
    "When is the Re-Skills application window, and how do we send the application?",
])
def test_the_procedure_part_names_the_system_and_the_access(bot, question: str) -> None:
    answered(bot, question, r"October 28", r"e-Gov", r"ID and password")


@pytest.mark.parametrize("question", [
    "第四次産業革命スキル習得講座の認定申請について教えてください。最初の募集の受付期間はいつからいつまでで、どのような方法で申請"
    "するのでしょうか。",
    "Reスキル講座の最初の募集の受付期間はいつまでで、どうやって申請すればいいですか。",
    "Reスキル講座の認定の受付期間はいつからいつまでで、申請方法はどうなっていますか？",
    "第四次産業革命スキル習得講座の申請はいつからいつまで受け付けていて、どのような方法で申請するのですか。",
])
def test_the_japanese_procedure_clause_names_the_system_and_the_access(bot, question: str) -> None:
    answered(bot, question, r"10月28日", r"e-Gov", r"ID and password")
