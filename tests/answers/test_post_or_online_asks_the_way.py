"""A choice between the two ways of applying ("how do we submit it, by post or online?") asks the way of applying, not
where to post: the e-Gov procedure is quoted first. Asking only about posting still asks the address."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "How do we submit the Re-Skills application, by post or online?",
    "Do we send the Re-Skills application by post or through e-Gov?",
])
def test_a_choice_of_the_way_asks_no_address(types: AnswerTypes, question: str) -> None:
    assert "address" not in types.classify(question).types


@pytest.mark.parametrize("question", ["Can we send the attachments by post?", "Where do we send the documents by post?",
                                      "添付書類は郵送でもいいですか？"])
def test_posting_alone_still_asks_the_address(types: AnswerTypes, question: str) -> None:
    assert "address" in types.classify(question).types


def test_the_electronic_procedure_answers_the_choice(bot) -> None:
    reply = converse(bot, "How do we submit the Re-Skills application, by post or online?")
    assert "e-Gov" in reply.answer.split("\n")[0], reply.answer


@pytest.mark.parametrize("question", [
    "Reスキル講座の認定申請は郵送ですか、それともオンラインですか？",
    "Reスキルの申請は紙ですか、オンラインですか？",
    "Is the Re-Skills application on paper or online?",
])
def test_the_choice_asked_without_how_is_answered_by_the_way(bot, question: str) -> None:
    """The choice alone ("X or Y?", 「郵送ですか、それともオンラインですか」), with no "how", also asks the way: the topic's
    words that fill the application period's sentence do not outweigh it."""
    reply = converse(bot, question)
    assert "e-Gov" in reply.answer.split("\n")[0], reply.answer
