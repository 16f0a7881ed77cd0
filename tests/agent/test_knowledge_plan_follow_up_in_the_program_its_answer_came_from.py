"""Class: a procedure follow-up ("how they decide which company i go?", 「どうやって決まるの」) after a question that names
no program but was answered from one program's passages ("can i apply both online and in person internship?" answered
from the JIP document): the conversation is about that program, so the follow-up is searched in it and answered
(matching by the JIP office and interviews), not refused as outside the documents."""

from __future__ import annotations

import pytest

from support import converse

FIRST_EN = "can i apply both online and in person internship or must choose one"
FIRST_JA = "オンラインと来日型の両方に応募できますか？"


@pytest.mark.parametrize("first, follow_up", [
    (FIRST_EN, "how they decide which company i go?"),
    (FIRST_EN, "how do they decide which company I go to?"),
    (FIRST_EN, "who decides which company I intern at?"),
    (FIRST_EN, "how is the host company chosen?"),
    (FIRST_JA, "どの会社に行くかはどうやって決まりますか？"),
    (FIRST_JA, "受入れ企業はどうやって決まるの？"),
])
def test_a_procedure_follow_up_is_answered_in_the_program_of_the_answer_before(bot, first: str,
                                                                                follow_up: str) -> None:
    reply = converse(bot, first, follow_up)
    assert not reply.refused, reply.answer
    assert "matching" in reply.answer and "interviews" in reply.answer, reply.answer
