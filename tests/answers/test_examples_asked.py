"""Examples asked ("which kinds of jobs can technical intern trainees do? give some examples") ask for the shape of
the answer, never for a subject the documents leave out: the reply said "The documents do not mention examples" and
quoted the work categories. The unit that names examples ("156 tasks in 85 occupations, including food,
construction, welding, ...") answers."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse

TYPES = AnswerTypes.load()


@pytest.mark.parametrize("question", [
    "Which kinds of jobs can technical intern trainees do? Give some examples.",
    "what jobs can technical interns do, for example?",
    "Technical intern training: which occupations are covered? Examples please.",
    "技能実習の対象職種の例を教えてください。",
])
def test_examples_asked_is_a_type_of_its_own(question: str) -> None:
    assert "examples" in TYPES.classify(question).types


def test_a_unit_naming_examples_carries_them() -> None:
    unit = "156 tasks in 85 occupations, including food, construction, welding, plastic molding, and ironwork."
    assert "examples" in TYPES.detect(unit)
    assert "examples" not in TYPES.detect("The maximum period is 5 years, and the training is based on a plan.")


@pytest.mark.parametrize("question", [
    "Which kinds of jobs can technical intern trainees do? Give some examples.",
    "Can you give examples of occupations covered by technical intern training?",
])
def test_examples_asked_quote_the_examples(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "welding" in reply.answer
    assert "do not mention" not in reply.answer
