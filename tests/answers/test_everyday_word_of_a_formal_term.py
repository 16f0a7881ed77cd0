"""An everyday word for what the documents name formally is mentioned where they name it, whether or not the
vocabulary knows the word as a concept: "Was the Re-Skills application online or paper?" was answered "The documents
do not mention online" (online is a concept of the internship's online option), though they name the e-Gov Electronic
Application System and sending documents electronically. (A question asking only whether the application could be
made online still quotes the application period first, not the e-Gov sentence: the period's sentence names the
program and the certification, the e-Gov one neither; not fixed here.)"""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "For the first Re-Skills round, was the application online or on paper?",
    "Could the Re-Skills certification application be done online?",
    "Reスキル講座の認定申請はオンラインでできましたか？",
])
def test_online_is_mentioned_where_the_electronic_system_is(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "mention online" not in reply.answer and "オンライン」についての記載はありません" not in reply.answer


@pytest.mark.parametrize("question", [
    "Hi, I help a training provider read the old Re-Skills notice. 1) What were the dates of the application period? "
    "2) Was it online or paper? 3) If the attached documents can't be sent electronically, to which address should "
    "they post them, and by when?",
    "Re-Skills first round: 1) application dates? 2) online or paper? 3) address for the attachments?",
])
def test_the_electronic_system_answers_beside_the_other_asks(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "mention online" not in reply.answer
    assert "e-Gov" in reply.answer and "100-8901" in reply.answer


def test_money_is_still_read_as_the_support_funds(bot) -> None:
    reply = converse(bot, "Do JIP interns get any money?")
    assert "yen" in reply.answer
