"""What a question asks for (knowledge/answer_types.yaml), EN and JA:

- the period during which applications were accepted is the application window (a date of the deadline kind),
  asked for even when the question names its year (2017 is not a value the question already gives);
- which forms / documents / papers are required asks for the documents (書類は何, 用意する書類, 必要書類);
- a sentence that narrows the question ("In particular, ...") is part of what is asked.
"""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "Could you kindly confirm the period during which the first applications were accepted in 2017?",
    "Please state the period in which applications were accepted.",
    "When did the 2017 application period close?",
    "What was the acceptance period for applications?",
    "受付期間はいつまででしたか？",
])
def test_the_period_of_applications_asks_for_the_window(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "date" in ask.hard, ask
    assert "deadline" in ask.kinds.get("date", ()), ask


@pytest.mark.parametrize("question", [
    "Which forms are required?",
    "What documents do we need to submit?",
    "In particular, we would like to know which system is used and which forms are required.",
    "大学側で用意する書類は何になりますか？",
    "必要書類を教えてください。",
    "提出する書類はどんなものですか？",
])
def test_a_documents_ask(types: AnswerTypes, question: str) -> None:
    assert "documents" in types.classify(question).types


def test_a_narrowing_sentence_is_part_of_the_question(types: AnswerTypes) -> None:
    ask = types.classify("Could you outline the steps for submitting an application? In particular, we would "
                         "like to know which system is used and which forms are required.")
    assert {"procedure", "documents"} <= ask.types, ask
