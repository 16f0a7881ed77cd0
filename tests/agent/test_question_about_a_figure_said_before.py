"""A question that judges a figure the message states just before it ("... covers '85 occupations, 156 tasks'. Before
we reprint it: is that figure from the source, and is it still current?", 「…85職種156作業と書いています。この数字は
今も正しいですか」) is searched with that statement: alone it names nothing the documents use, so the whole message was
judged off topic and refused (en6c-10, in-sample since its first run)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "Our brochure for member companies says technical intern training covers \"85 occupations, 156 tasks\". Before we "
    "reprint it: is that figure from the source, and is it still current or has the number of occupations changed "
    "since then?",
    "Our slides say technical intern training covers 85 occupations and 156 tasks. Is that number still up to date?",
])
def test_the_figure_said_before_is_what_is_asked(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "85 occupations" in reply.answer
