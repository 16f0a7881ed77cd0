"""What the program pays or arranges for its participant ("what does the program actually pay or arrange for me? like
flight, where i sleep, visa, insurance"), asked beside the user's own circumstances ("my salary is small"), asks for
the support list, not for a wage: the reply refused with "The documents do not state a salary or wage" (en6c-04, in-sample
since its first run)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse

TYPES = AnswerTypes.load()


@pytest.mark.parametrize("question", [
    "what does the program actually pay or arrange for me?",
    "What will JIP cover for interns?",
    "what does the internship provide, flights and housing?",
])
def test_what_the_program_pays_asks_for_its_support(question: str) -> None:
    assert "support" in TYPES.classify(question).types


def test_the_support_list_answers_not_a_refusal(bot) -> None:
    reply = converse(bot, "i'm a junior developer from Tashkent. my family is worried about money, my salary is small. if "
                          "i get selected for the METI internship (in-person), what does the program actually pay or "
                          "arrange for me? like flight, where i sleep, visa, insurance...")
    assert not reply.refused, reply.answer
    assert "accommodation" in reply.answer and "insurance" in reply.answer.lower()
