"""The fields the first Re-Skills certification covered, asked ("which fields exactly?", どんな分野), are the list of fields."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "hola, one client of us in Lima is an IT academy and they want to know which kind of courses METI accepted for "
    "the Re-Skills certification, which fields exactly? they teach excel and office basics mostly",
    "経産省のRe-Skills講座って、どんな分野の講座が認定の対象なんですか？一覧で教えてください。",
])
def test_the_fields_asked_are_the_list_of_fields(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "IoT" in reply.answer and "security" in reply.answer
    assert "following fields" in reply.answer.split("\n")[0]
