"""Whom to call for the system's ID asked in the word order of a statement, inside a sentence of
several asks ("which online system we use, and who we call to get the ID and password?") asks a contact, as "who do we
call?" does: the unit that names the division and its number to call for the ID is quoted beside the e-Gov steps."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "who we call to get the ID and password?",
    "and who we need to contact for the system ID?",
    "Tell me who I should call about the password.",
    "Who do we call to get the ID?",
])
def test_whom_to_call_is_a_contact_ask(types: AnswerTypes, question: str) -> None:
    assert "contact" in types.classify(question).types


@pytest.mark.parametrize("question", ["Who can apply for the internship?", "who we are accepting as interns is up to us?"])
def test_who_without_calling_is_no_contact_ask(types: AnswerTypes, question: str) -> None:
    assert "contact" not in types.classify(question).types


@pytest.mark.parametrize("question", [
    "Our small training company in Tokyo want to get the Re-Skills course certification for our data science course. "
    "What are the steps to apply? which online system we use, and who we call to get the ID and password? And if we "
    "cannot send attachments online what we do?",
    "For the Re-Skills course certification, which system do we apply through, and who we call for the ID and password?",
])
def test_the_contact_for_the_id_is_quoted_beside_the_steps(bot, question: str) -> None:
    answered(bot, question, r"03-3501-2646", r"e-Gov")
