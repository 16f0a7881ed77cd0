""""If we cannot send attachments online" is answered by the unit on difficulty in sending them electronically, with no
lead saying the documents do not mention "cannot send" (a negation is no subject)."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "For the Re-Skills course application, if we cannot send attachments online what we do?",
    "Re-Skills certification: what if we are unable to send the attached documents electronically?",
])
def test_a_negated_verb_is_no_unmentioned_subject(bot, question: str) -> None:
    answer = answered(bot, question, r"by post")
    assert "do not mention" not in answer, answer
