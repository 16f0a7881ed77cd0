"""A method asked as a yes/no of one way ("is the application done electronically?", 「申請って電子申請ですか？」) is
answered by the procedure that names the system (not the postal address of attachments, whose office repeats the
program's name), with what access to the system takes where the document puts them together: the ID and password
and the contact line that issues them (answer_types ``references``)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "Re-Skills講座の申請って電子申請ですか？",
    "Re-Skills講座の申請はオンラインでできますか？",
    "Is the Re-Skills course application done electronically?",
    "Can the Re-Skills certification application be filed online?",
])
def test_method_asked_as_one_way_quotes_the_procedure_and_its_access_contact(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    first_quote = reply.answer.split("\n\n")[0]
    assert "e-Gov" in first_quote and "Address for physical documents" not in first_quote, reply.answer
    assert "03-3501-2646" in reply.answer, reply.answer
