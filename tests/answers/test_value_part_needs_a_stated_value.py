"""Class: in a message of several asks, a part that asks a value ("by when does it have to be postmarked?") whose
terms the quotes before it state ("postmarked by the deadline") but not a value of its type gets its own unit when one
states that value: the period's closing date is quoted too (the whole message had been refused: "the documents don't
say an address", en6m-22); when none does, the quote that states its terms stays its answer. A program's short name
with its stage glued on ("ssw2 - how long can u stay?") is read as both."""

from __future__ import annotations

from support import converse


def test_the_mailing_address_and_the_postmark_date_both_answered(bot) -> None:
    reply = converse(bot, "If an applicant can't send the attached documents through e-Gov, where do they mail them, "
                          "and by when does it have to be postmarked?")
    assert not reply.refused, reply.answer
    assert "100-8901" in reply.answer and "Kasumigaseki" in reply.answer, reply.answer
    assert "October 28" in reply.answer, reply.answer


def test_a_glued_stage_is_read(bot) -> None:
    reply = converse(bot, "ssw2 - how long can u stay?")
    assert not reply.refused, reply.answer
    assert "indefinite" in reply.answer, reply.answer
