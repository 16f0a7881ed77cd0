"""Class: a message whose asks are all about a subject no document mentions (family, a spouse, children), the first
naming it and each later one pointing back to it ("does the visa help also cover them?", "is he covered by the
insurance too?"), is declined (refused) though a side word of a later ask (the visa help, the insurance) matches a
document. A later ask of a subject of its own (the flight ticket) is still answered beside what is not mentioned."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "if i get the in person internship can i bring my wife and our 2 kids with me for the whole time? does the visa "
    "help also cover them as dependents?",
    "can my husband come with me to japan for the internship? is he covered by the internship insurance too?",
])
def test_every_ask_of_an_unmentioned_subject_is_declined(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    assert "do not mention" in reply.answer


def test_a_later_ask_of_its_own_is_still_answered(bot) -> None:
    reply = converse(bot, "can i bring my wife to japan during the internship? also is the flight ticket paid?")
    assert not reply.refused
    assert "airline tickets" in reply.answer and "wife" in reply.answer


@pytest.mark.parametrize("text,back", [
    ("does the visa help also cover them as dependents?", True),
    ("is he covered by the internship insurance too?", True),
    ("can they come too?", True),
    ("ビザのサポートは彼らも受けられますか？", True),
    ("is the flight ticket paid?", False),
    ("does the support cover accommodation?", False),
    ("航空券は支給されますか？", False),
])
def test_an_ask_pointing_back_to_the_people_named_before(text: str, back: bool) -> None:
    lang = "ja" if any(ord(c) > 0x3000 for c in text) else "en"
    assert UNDERSTANDER.pack(lang).act("refers_back", text) == back
