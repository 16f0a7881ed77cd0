"""Mailing the documents named before the verb ("our attachments are huge PDFs, can we mail them instead?") asks where
they may be posted, as "can we mail the attachments?" does: the unit saying the attached documents may be sent to the
address by post (with the address block) answers, beside the e-Gov steps asked in the same message."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "And our attachments are huge PDFs, can we mail them instead?",
    "The supporting documents are too large to upload. Could we post them?",
    "Our forms are scanned files; can we just mail them instead?",
    "can we mail the attachments instead?",
])
def test_mailing_the_documents_named_asks_the_address(types: AnswerTypes, question: str) -> None:
    assert "address" in types.classify(question).types


def test_mailing_something_else_is_no_address_ask(types: AnswerTypes) -> None:
    assert "address" not in types.classify("Can I email them my question about the age limit?").types


@pytest.mark.parametrize("question", [
    "How do we apply for the METI Re-Skills course certification: online or on paper? Where do we get the ID and "
    "password for the system? And our attachments are huge PDFs, can we mail them instead?",
    "How do we submit the Re-Skills certification application? The attachments are large PDFs, can we mail them "
    "instead?",
])
def test_the_posting_unit_answers_beside_the_steps(bot, question: str) -> None:
    answered(bot, question, r"by post", r"100-8901", r"e-Gov")
