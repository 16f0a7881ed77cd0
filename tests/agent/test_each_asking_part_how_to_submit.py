"""Class: a message that asks how to submit (by email or paper, how do we send it) beside another ask (who to call
for the system ID, the application period) gets the procedure unit (e-Gov) beside the other part's unit. Email as
the way an application is sent asks the procedure, not whom to write to."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "how do we submit the re-skills certification application exactly, is it email or paper?",
    "how do we submit it, by email?",
    "Can we apply for Re-Skills certification by email?",
    "Reスキル講座の申請はメールですか、紙ですか？",
])
def test_email_or_paper_asks_the_procedure_not_a_contact(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "procedure" in ask.types and "contact" not in ask.types, ask


@pytest.mark.parametrize("question", ["Who can we email about the Re-Skills certification?",
                                      "What is the contact email for the JIP office?"])
def test_whom_to_email_still_asks_a_contact(question: str) -> None:
    assert "contact" in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", [
    "how do we submit the re-skills certification application exactly, is it email or paper? and who do i call to "
    "get the ID and password for the system",
    "Can we apply for Re-Skills certification by email? Who do we contact for the system ID?",
    "Reスキル講座の申請はメールですか、紙ですか？IDとパスワードはどこに問い合わせればいいですか？",
])
def test_how_to_submit_beside_the_contact_gets_the_procedure(bot, question: str) -> None:
    answered(bot, question, r"e-Gov", r"3501-2646")


@pytest.mark.parametrize("question", [
    "whats the application period for the Re-Skills course certification of METI, and how do we submit it, by email?",
    "When is the Re-Skills application window, and how do we send the application?",
    "What's the acceptance period for Re-Skills certification, and how do we file it?",
])
def test_how_to_submit_beside_the_period_gets_the_procedure(bot, question: str) -> None:
    answered(bot, question, r"October 28", r"e-Gov")
