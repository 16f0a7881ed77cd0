"""Class: when no ask of a message is answered by a unit about its subject (night shifts of nursing care trainees, and
a Japanese level at entry the technical intern training documents never state), the reply declines (refused) instead
of quoting what only shares a program word (the maximum period, the split of work): a later ask whose own search found
nothing relevant is unanswered too when no unit quoted names what it asks of. A real partial answer is kept (one ask
answered; a later ask answered by the unit the whole message quotes, 「会員の中小企業であれば可能でしょうか。」)."""

from __future__ import annotations

import re

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "介護の技能実習生って、夜勤のシフトに入ってもらえるのは受け入れから何か月目以降なんでしょうか？あと、入国時点での日本語能力の要件も具体的に"
    "教えてください。",
    "介護の技能実習生は夜勤に入れるのは何か月目からですか？あと、入国時の日本語能力の要件も教えてください。",
    "For nursing care technical intern trainees, from which month after arrival can they work night shifts? Also, what "
    "Japanese level do they need at entry?",
])
def test_no_ask_answered_is_declined(bot, question: str) -> None:
    reply = converse(bot, question)
    assert reply.refused, reply.answer
    assert not re.search(r"50%|Peripheral work|周辺業務", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "技能実習の最長期間は何年ですか？あと、夜勤に入れるのは何か月目からですか？",
    "What is the maximum period of technical intern training? Also, from which month can trainees work night shifts?",
])
def test_one_ask_answered_is_a_partial_answer(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert re.search(r"5 years|5年", reply.answer), reply.answer


def test_a_later_ask_the_quoted_unit_answers_is_kept(bot) -> None:
    reply = converse(bot, "商工会の職員です。経産省のJIP（ジャパン・インターンシップ・プログラム）のインターン生を、商工会そのものが受け入れる"
                          "ことはできますか。会員の中小企業であれば可能でしょうか。")
    assert not reply.refused, reply.answer
    assert re.search(r"中小企業", reply.answer) and re.search(r"業界団体", reply.answer), reply.answer
