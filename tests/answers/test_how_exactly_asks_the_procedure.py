"""The words "how exactly / precisely do we submit ...?" ask the procedure, as "how do we actually submit ...?" does."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "How exactly do we submit the application?",
    "how precisely do I apply for it?",
    "and how exactly do we send the forms?",
])
def test_how_exactly_asks_the_procedure(types: AnswerTypes, question: str) -> None:
    assert "procedure" in types.classify(question).types
