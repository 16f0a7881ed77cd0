"""The sentence that asks decides the answer type; the background sentences ("my salary is not so high") do not: a support
list asked after a wage remark is answered, a wage asked in the asking sentence is still a wage."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse

BACKGROUND_ASKS = [
    ("I am an engineer in Vietnam and my salary is not so high, so I cannot pay many costs myself. "
     "Could you please list the support items of the METI internship program?", "list", "amount"),
    ("Dear sir, I would like to understand what kind of support the Japan Internship Program provides, because my salary is not so "
     "high. Could you please list the support items?", "list", "amount"),
    ("We pay our staff a good salary and the fees are fine. When is the deadline for the Re-Skills application?",
     "date", "amount"),
    ("JIPに応募したいと考えています。給料が高くないので、自分で多くの費用は払えません。インターン生への支援の内容を一覧で教えてください。",
     "list", "amount"),
    ("うちは給与水準は高いほうです。技能実習生は最長何年いられますか？", "duration", "amount"),
]


@pytest.mark.parametrize("question,asked,background", BACKGROUND_ASKS)
def test_the_asking_sentence_decides_the_type(question: str, asked: str, background: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert asked in ask.types and background not in ask.types, ask


@pytest.mark.parametrize("question", [q for q, asked, _ in BACKGROUND_ASKS if asked == "list"])
def test_a_support_list_asked_after_a_wage_remark_is_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "insurance" in reply.answer.lower() and "accommodation" in reply.answer.lower()


@pytest.mark.parametrize("question", ["What is the salary of a JIP intern?", "JIPのインターンの給料はいくらですか"])
def test_a_wage_asked_in_the_asking_sentence_is_still_a_wage(question: str) -> None:
    assert "amount" in AnswerTypes.load().classify(question).hard
