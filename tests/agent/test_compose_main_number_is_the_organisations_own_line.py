"""The words "general / main / switchboard / 代表" pick the organisation's own number, and name no subject."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("turns", [
    ("What number should I call to get the e-Gov ID for a Re-Skills application?",
     "And the general METI telephone number printed at the bottom of the notice?"),
    ("What number should I call to get the e-Gov ID for a Re-Skills application?",
     "And the main METI telephone number at the bottom of the notice?"),
    ("What number should I call to get the e-Gov ID for a Re-Skills application?",
     "What about the switchboard telephone number of METI?"),
])
def test_the_general_number_is_the_organisations_own_line(bot, turns) -> None:
    reply = converse(bot, *turns)
    assert not reply.refused and "3501-1511" in reply.answer, reply.answer
    assert "2646" not in reply.answer.split("\n\n")[0]


@pytest.mark.parametrize("question,word", [
    ("And the general METI telephone number printed at the bottom of the notice?", "general"),
    ("What is METI's main phone number?", "main"),
    ("経済産業省の代表電話番号を教えてください", "代表"),
])
def test_a_main_number_qualifier_is_read(question: str, word: str) -> None:
    types = AnswerTypes.load()
    ask = types.classify(question)
    assert "phone" in ask.hard
    assert [k.name for k in types.qualifiers_of(ask, question)] == ["main"]
