"""A question whether an examination step is part of the process is answered by the unit that says it may be held.

The class: "Will there be an interview with METI for the certification?", "is there any screening?", 「面接はありますか」
ask whether a step exists (answer type ``next_step`` in knowledge/answer_types.yaml, with or without a clause saying
after what); the Re-Skills document's "A hearing may be held to examine the content of the course." answers, not the
programme's opening line that shares more of the question's words (METI, certification, Re-Skills).
"""

from __future__ import annotations

import pytest

from support import converse

EXAMINATION_ASKS = [
    "Will there be an interview with METI for the Re-Skills certification?",
    "For the Re-Skills course certification, is there any interview?",
    "Is there a screening interview when we apply for Re-Skills course certification?",
    "After we send the forms, is there any interview?",
    "Re-Skillsの認定で、経産省との面接はありますか？",
    "第四次産業革命スキル習得講座の認定申請では、ヒアリングってあるんですか？",
]


@pytest.mark.parametrize("text", EXAMINATION_ASKS)
def test_the_hearing_line_answers_whether_an_examination_step_exists(bot, text) -> None:
    reply = converse(bot, text)
    first = reply.answer.split("\n\n")[0]
    assert "A hearing may be held" in first, reply.answer[:500]
    assert "established a program whereby" not in first, reply.answer[:500]
    assert not reply.refused
