"""A test score asked ("what TOEIC score counts as English proficiency?", "is IELTS 6.5 enough?", TOEICは何点必要) asks a
number the documents must state as a score: the language requirement (JLPT N3 or English proficiency) states no score,
so the reply says the documents do not give one, quotes the requirement, and refuses. A level asked ("which JLPT
level?") is answered by the requirement."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse

SCORE_ASKS = [
    "what TOEIC or IELTS score counts as 'English proficiency' for the METI internship? is TOEIC 650 enough or do i "
    "need more?",
    "Is TOEIC 650 enough for the JIP English requirement?",
    "What IELTS band do I need for the Japan Internship Program?",
    "JIPの英語力はTOEIC何点必要ですか？",
    "JIPに応募したいです。TOEIC 700点で足りますか？",
]


@pytest.mark.parametrize("question", SCORE_ASKS)
def test_a_score_ask_is_a_number_of_its_kind(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "number" in ask.hard and "score" in ask.kinds.get("number", ()), ask


@pytest.mark.parametrize("question", ["What JLPT level do I need for JIP?", "How many points of contact are there?"])
def test_no_score_asked_without_a_score(types: AnswerTypes, question: str) -> None:
    assert "score" not in types.classify(question).kinds.get("number", ())


@pytest.mark.parametrize("question", SCORE_ASKS)
def test_a_score_the_documents_do_not_state_is_refused_with_the_requirement(bot, question: str) -> None:
    reply = converse(bot, question)
    assert reply.refused, reply.answer
    assert "N3" in reply.answer and "650" not in reply.answer.split("\n")[0], reply.answer


def test_a_level_asked_is_answered(bot) -> None:
    reply = converse(bot, "What JLPT level do I need for the Japan Internship Program?")
    assert not reply.refused and "N3" in reply.answer, reply.answer
