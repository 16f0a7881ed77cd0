"""Class: in a message of two asks, "which one ..." of the later ask stands for the kind the ask before it named
("which METI office is in charge of X, and which one handles Y?" asks which OFFICE handles Y): the later ask is read
as asking that kind, so both offices of the labelled block are quoted, not a sentence sharing Y's words (the e-Gov
steps). A "which one" with no kind named before it is left as it is. Also: being called in for a hearing is no
phone question ("could METI call them in for a hearing?")."""

from __future__ import annotations

import pytest

from support import converse

TWO_OFFICES = [
    "Quick one: which METI office is in charge of information on the Re-Skills accreditation system itself, and which "
    "one handles the application procedures?",
    "Which office gives information on the Re-Skills accreditation system, and which one on the application procedures?",
]


@pytest.mark.parametrize("question", TWO_OFFICES)
def test_the_later_ask_gets_the_kind_named_before(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "Office for Human Resources Policy" in reply.answer, reply.answer
    assert "IT Innovation Division" in reply.answer, reply.answer


@pytest.mark.parametrize(("question", "before", "read"), [
    ("and which one handles the application procedures?", "which METI office is in charge of the system",
     "and which office handles the application procedures?"),
    ("which ones are covered?", "what fields did the first round cover", "which fields are covered?"),
    ("which one is cheaper?", "I run two courses, one of 40 hours and one of 60 hours", "which one is cheaper?"),
])
def test_which_one_reads_as_the_named_kind(types, question: str, before: str, read: str) -> None:
    assert types.with_kind_of(question, before) == read


@pytest.mark.parametrize("question", ["could METI call them in for a hearing on the course?",
                                      "will they call the applicant in for an interview?"])
def test_being_called_in_is_no_phone_ask(types, question: str) -> None:
    assert "phone" not in types.classify(question).types


@pytest.mark.parametrize("question", ["who should we call for the ID?", "what's the number to call them?"])
def test_calling_is_still_a_phone_ask(types, question: str) -> None:
    assert "phone" in types.classify(question).types
