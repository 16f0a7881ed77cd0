"""Class: which system an application goes through is answered by the unit that names the system (the e-Gov Electronic
Application System), not by a step that only says "the System" ("File an application ... through the System"), also
beside another ask in the same sentence (the application period), in English and Japanese."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "For our records: when did METI accept applications for the first round of Fourth Industrial Revolution Skills "
    "(Re-Skills) course certification, and through which system did applicants have to file?",
    "Which system do we use to apply for Re-Skills certification?",
    "Reスキル講座はどのシステムで申請しますか？",
])
def test_the_system_asked_is_named(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "e-Gov" in reply.answer and not reply.refused, reply.answer
