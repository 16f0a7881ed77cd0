"""Whom to ask questions ("who is the contact for questions about the certification?", 問い合わせ先) is the division in
charge of information on it (the "Divisions in Charge" block), not the address for posting documents; a contact asked
for something else (the ID and password) keeps its own answer."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "Who is the contact for questions about the Re-Skills certification?",
    "Where can I send inquiries about the Re-Skills course certification?",
    "Re-Skills講座の認定について問い合わせ先はどこですか？",
])
def test_an_inquiry_contact_is_asked(types: AnswerTypes, question: str) -> None:
    assert "inquiry" in types.classify(question).kinds.get("contact", ()), types.classify(question)


@pytest.mark.parametrize("question", [
    "Who is the contact for questions about the Re-Skills certification?",
    "Where can I get more information on the application procedures for Re-Skills courses?",
    "Re-Skills講座の認定について問い合わせ先はどこですか？",
])
def test_the_division_in_charge_answers_an_inquiry(bot, question: str) -> None:
    reply = converse(bot, question)
    first = reply.answer.split("\n")[0]
    assert not reply.refused and "Address for physical documents" not in first, reply.answer
    assert "Office for Human Resources Policy" in reply.answer or "IT Innovation Division" in first, reply.answer


def test_the_contact_for_the_id_is_still_the_division_that_issues_it(bot) -> None:
    reply = converse(bot, "Who do I contact to get an ID and password for the e-Gov system?")
    assert "03-3501-2646" in reply.answer, reply.answer
