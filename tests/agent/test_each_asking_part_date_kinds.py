"""Class: each asking part of a message gets its own unit, in Japanese as in English (…と、…も知りたい / あと…), and
the course-start condition (開講時期, "which course start dates were covered") is a date of the start kind: a message
that asks when applications were taken and which course start dates were covered quotes both the acceptance period
(2017-09-15 to 2017-10-28) and "launched in and after April 2018", the one asked first leading."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes

WINDOW = re.compile(r"October 28, 2017|2017年10月28日")
START = re.compile(r"April 2018|2018年4月")


@pytest.mark.parametrize("question", [
    "第四次産業革命スキル習得講座（Re-Skills講座）の認定って、最初の申請受付はいつからいつまでだったんですか？あと対象になる講座の開講時期の条件も知りたいです。",
    "Re-Skills講座の最初の申請受付期間と、対象となる講座の開講時期を教えてください。",
    "When were applications for the first Re-Skills certification accepted, and which course start dates were covered?",
    "Which course start dates did the first Re-Skills certification cover, and when was the application window?",
])
def test_the_window_and_the_course_start_each_get_their_unit(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert WINDOW.search(reply.answer) and START.search(reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "第四次産業革命スキル習得講座（Re-Skills講座）の認定って、最初の申請受付はいつからいつまでだったんですか？あと対象になる講座の開講時期の条件も知りたいです。",
    "When were applications for the first Re-Skills certification accepted, and which course start dates were covered?",
])
def test_the_part_asked_first_leads(bot, question: str) -> None:
    answer = bot.reply(bot.new_conversation(), question).answer
    assert WINDOW.search(answer).start() < START.search(answer).start(), answer


@pytest.mark.parametrize("question", ["あと対象になる講座の開講時期の条件も知りたいです。", "講座の開講時期は？",
                                      "Which course start dates are covered?"])
def test_a_course_start_is_the_start_kind_of_a_date(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "date" in ask.hard and "founding" in ask.kinds.get("date", ()), ask
