"""Class: a qualifier may name its own types. The provider qualifier (the organisation running a course, not the
course) applies to condition and list questions only; the contact qualifiers keep their own types."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes

TYPES = AnswerTypes.load()


@pytest.mark.parametrize("question", [
    "What requirements must the organizations providing Re-Skills courses meet?",
    "Re-Skills講座を実施する事業者にはどのような要件がありますか？",
    "研修事業者として、実施する事業者側にはどのような要件が求められますか？",
])
def test_a_condition_question_about_the_provider_names_the_provider(question: str) -> None:
    ask = TYPES.classify(question)
    assert "provider" in {k.name for k in TYPES.qualifiers_of(ask, question)}


@pytest.mark.parametrize("question", [
    "What requirements must a Re-Skills course meet?",
    "What is the phone number of the organizations providing Re-Skills courses?",
])
def test_no_provider_qualifier_elsewhere(question: str) -> None:
    ask = TYPES.classify(question)
    assert "provider" not in {k.name for k in TYPES.qualifiers_of(ask, question)}
