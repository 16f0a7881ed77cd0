"""Class: a knowledge message of two questions gets each answered. Two question-marked sentences (a question mark, or
in Japanese a sentence ending in か: 「…出す形でしたか。」), or two wh-asks joined in one English sentence (", and from
which month ...?"), are each searched on its own, and the unit each search finds is added when the answer does not
quote it yet. An ask for a value the answer quotes already adds nothing ("How long can a trainee stay?" beside the
quoted maximum period: no further unit with a condition no one asked)."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.each_asking_part import answered

BOTH = r"apply for both internship options"


@pytest.mark.parametrize("question", [
    "i graduated from university in Dhaka 2 years ago. what papers do i need to submit for the JIP? and can i apply to "
    "online and in-person both at same time or i must choose only one?",
    "What documents do graduates submit for the JIP? Can I apply for the online and the in-person internship at the "
    "same time?",
])
def test_a_yes_no_question_beside_a_list_question_is_answered(bot, question: str) -> None:
    answer = answered(bot, question, BOTH, r"certificate of graduation")
    assert answer.count("Applicants must meet all the following") <= 1, answer


@pytest.mark.parametrize("question", [
    "Hello, I am preparing an internal timeline for a training provider. For the very first Re-Skills course "
    "certification round by METI, what were the exact opening and closing dates for applications, and from which month "
    "did the certified courses have to start?",
    "For the first Re-Skills certification, when could training providers apply, and from which month did the courses "
    "have to start?",
])
def test_two_wh_asks_of_one_sentence_are_each_answered(bot, question: str) -> None:
    answered(bot, question, r"October 28, 2017", r"April 2018")


@pytest.mark.parametrize("question", [
    "経産省の「第四次産業革命スキル習得講座（Re-Skills講座）」の認定申請について、2017年の最初の受付期間はいつからいつまでだった"
    "でしょうか？また、申請はどのシステム経由で出す形でしたか。社内の記録を整理しておりまして、正確な日付を確認したいです。",
    "Reスキル講座の最初の認定申請の受付期間はいつからいつまででしたか。申請はどのシステムで出すのですか。",
])
def test_a_japanese_question_ending_in_ka_is_answered(bot, question: str) -> None:
    answered(bot, question, r"e-Gov", r"2017年10月28日|October 28, 2017")


@pytest.mark.parametrize("question", [
    "How long can a technical intern trainee stay? And do trainees count as full-time employees?",
    "How long can a technical intern trainee stay? Do technical intern trainees count as full-time employees?",
])
def test_a_length_quoted_already_gets_no_further_condition(bot, question: str) -> None:
    reply = converse(bot, question)
    assert re.search(r"5 years", reply.answer), reply.answer
    assert "limited to excellent companies" not in reply.answer, reply.answer
    assert re.search(r"does not include technical intern trainees", reply.answer), reply.answer
