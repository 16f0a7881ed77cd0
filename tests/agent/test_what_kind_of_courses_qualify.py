"""Class: "what kind of courses can be certified? ... can that be one?" asks what qualifies: the covered fields
(AI, IoT, data science, cloud) are quoted beside the exclusion of basic IT courses, whatever the phrasing."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "what kind of courses can be certified as Re-Skills course?",
    "What types of programs are eligible for Re-Skills certification?",
    "our school teaches basic Excel and Word, can that be one?",
])
def test_what_kind_qualifies_asks_a_condition(question: str) -> None:
    types = AnswerTypes.load()
    assert "condition" in types.classify(question).types or types.asks_of_background(question), question


@pytest.mark.parametrize("question", [
    "what kind of courses can be certified as Re-Skills course? our school teaches basic Excel and Word for office "
    "workers, can that be one?",
    "What types of courses are eligible for Re-Skills certification? We run an introductory Word course; could that "
    "qualify as one?",
])
def test_the_covered_fields_are_quoted_beside_the_exclusion(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert re.search(r"\bAI\b|data science|IoT|cloud", reply.answer), reply.answer
    assert re.search(r"(?i)basic IT", reply.answer), reply.answer
