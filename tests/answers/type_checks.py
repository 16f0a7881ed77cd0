"""A check the answer-type tests share: whether a unit carries what a question asks."""

from __future__ import annotations

from bot.answers.types import AnswerTypes


def carries(types: AnswerTypes, question: str, unit: str) -> bool:
    """Whether ``unit`` carries what ``question`` asks for (its types and kinds)."""
    ask = types.classify(question)
    return types.satisfies(ask, types.detect(unit), unit)
