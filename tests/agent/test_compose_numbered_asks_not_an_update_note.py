"""Numbered asks, one of which names an exam as a route (not the date asked): each ask gets its own unit; an update
note is a note beside them, never the answer (end to end over the real index)."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "Quick questions for my seminar slides pls: 1. when did the Specified Skill system start? 2. how someone gets "
    "No.1 status, exam only or also from technical intern? 3. how many industries at the beginning?",
    "For my slides: 1) When was the Specific Skill status introduced? 2) Is the exam the only way to get No.1, or "
    "can technical interns move over? 3) How many fields were there at first?",
    "①特定技能の制度はいつ始まりましたか？②1号になるには試験に合格するしかないですか、それとも技能実習から移れますか？"
    "③最初は何分野でしたか？",
    "特定技能っていつからある制度ですか？1号は試験に受からないとダメですか？",
])
def test_numbered_asks_are_answered_by_the_documents_not_by_an_update_note_alone(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert re.search(r"April 1, 2019|2019年4月1日", reply.answer), reply.answer
    assert "Technical Intern Training No. 2" in reply.answer, reply.answer
    assert not reply.answer.startswith(("The documents I have are older", "お手元の資料はこれより前")), reply.answer


@pytest.mark.parametrize("question, kinds", [
    # a kind named only by another question of the message is not the date's kind
    ("1. when did the system start? 2. exam only or also from technical intern?", ("founding",)),
    ("①制度はいつ始まりましたか？②1号は試験だけですか？", ("founding",)),
    # named where the date is asked, it is
    ("When is the exam held?", ("exam",)),
    ("試験はいつですか？", ("exam",)),
])
def test_a_kind_is_read_from_the_ask_of_its_type(question: str, kinds: tuple[str, ...]) -> None:
    assert AnswerTypes.load().classify(question).kinds.get("date") == kinds
