"""A message that names no program by name ("do our current trainees count? ... 28 Japanese full-time staff ... is it
28 or 34?") is about the program its answer opens with: none of its parts is answered from another program's document
(the JIP's "those currently residing in Japan are not eligible" for "Japanese staff") (select._each_part)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "When you count full-time employees for the trainee limit, do our current trainees count? We have 28 Japanese "
    "full-time staff and 6 No.2 trainees, so is it 28 or 34?",
    "For the trainee limit, are our trainees counted as full-time employees? We have 30 Japanese staff and 5 trainees: "
    "30 or 35?",
    "常勤職員の数に実習生は入りますか？日本人の正社員が28人、2号の実習生が6人います。28人と34人のどちらですか？",
])
def test_no_part_is_answered_from_another_programs_document(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    docs = {c.doc_id for c in reply.citations}
    assert "technical-intern-training-system" in docs, reply.answer
    assert "meti-japan-internship-program" not in docs, reply.answer
