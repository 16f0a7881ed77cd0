"""A sentence that adds to a quoted one ("In addition, if the recipient company is small ..., the maximum number of
recipients per year is limited to 10% ...") finishes its thought and is quoted with it whenever it answers in part
too, however much less it shares with the question: the nursing-care limit is asked in several ways, both languages.
A limit on a number ("the upper limit on the number of trainees") asks a number."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "What is the upper limit on the number of nursing care technical intern trainees?",
    "What is the upper limit on the number of nursing care trainees we can accept?",
    "介護の技能実習生の受け入れ人数の上限は?",
    "介護職種だと受入れ人数に上限はありますか？",
])
def test_the_addition_with_the_limit_is_quoted(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "10%" in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "What is the upper limit on the number of trainees?",
    "Is there a cap on the share of peripheral work?",
    "What's the maximum number of interns per company?",
])
def test_a_limit_on_a_number_asks_a_number(types: AnswerTypes, question: str) -> None:
    assert "number" in types.classify(question).types
