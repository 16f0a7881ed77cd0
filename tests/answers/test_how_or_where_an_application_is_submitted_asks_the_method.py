"""Class: how or where an application itself is submitted ("and how is it submitted - online or on paper?", "where do
we submit the application?", 「Reスキル講座の申請はどこに出せばいいですか？」) asks the application method (the e-Gov
system), not the postal address: only documents or attachments named ask where to post them (en7j-09)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "and how is it submitted - online or on paper?",
    "how is it submitted?",
    "where do we submit the application?",
    "Where is the application filed?",
    "is it submitted online or on paper?",
    "Reスキル講座の申請はどこに出せばいいですか？",
    "申請はどこに提出しますか？",
])
def test_how_or_where_the_application_goes_asks_the_method(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "procedure" in ask.types and "address" not in ask.types, ask


@pytest.mark.parametrize("question", [
    "where do we send the documents?",
    "where do we submit the application documents?",
    "申請書類はどこに送ればいいですか？",
])
def test_where_documents_go_still_asks_the_address(types: AnswerTypes, question: str) -> None:
    assert "address" in types.classify(question).types


@pytest.mark.parametrize("turns", [
    ["When could companies first apply for the Re-Skills course certification?",
     "and how is it submitted - online or on paper?"],
    ["where do we submit the Re-Skills application?"],
    ["Re-Skills: how is the application submitted?"],
])
def test_the_application_method_answers(bot, turns: list[str]) -> None:
    reply = converse(bot, *turns)
    assert "e-Gov" in reply.answer
    assert "Period for acceptance" not in reply.answer
