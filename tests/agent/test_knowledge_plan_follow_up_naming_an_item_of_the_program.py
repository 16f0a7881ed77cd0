"""Class: a follow-up that opens with an item alone ("ok and laptop? i only have very old one. for online i need buy
new computer myself??", "and the flights? ...") names no program but asks that item of the program talked about
(pack act ``points_back``): it is searched in that program and answered from its list (en7j-03), not refused. In
Japanese (じゃあパソコンは？...) the previous program is kept already."""

from __future__ import annotations

import pytest

from support import converse

FIRST = "whats the difference between in person and online internship in JIP"


@pytest.mark.parametrize("follow_up", [
    "ok and laptop? i only have very old one. for online i need buy new computer myself??",
    "and the laptop? mine is very old, do i need to buy a new one for online?",
    "what about computer? i have only an old one",
    "じゃあパソコンは？古いのしか持っていないので、オンラインの場合は自分で新しいのを買う必要がありますか？",
])
def test_an_item_asked_alone_after_a_program_answers_from_its_list(bot, follow_up: str) -> None:
    reply = converse(bot, FIRST, follow_up)
    assert not reply.refused, reply.answer
    assert "personal computers" in reply.answer
    assert "program office" in reply.answer
