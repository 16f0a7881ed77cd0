"""Class: a unit is never quoted twice in one reply: a unit the selection picks again (the requirements list chosen for
two asks of one message) or one another picked unit quotes whole (a list's item beside the list) is left out."""

from __future__ import annotations

from bot.agent.compose import _distinct_units
from bot.contracts import Passage

LIST = ("Applicants must meet all the following: Holding citizenship; Proficiency in English; Graduates must submit "
        "a letter.")
ITEM = "Proficiency in English"
OTHER = "Applicants are welcome to apply for both internship options."


def _passage(chunk: str) -> Passage:
    return Passage(chunk_id=chunk, doc_id="jip", text=f"{LIST} {OTHER}")


def test_the_same_unit_picked_twice_is_quoted_once() -> None:
    picked = _distinct_units([(_passage("a"), [LIST, LIST]), (_passage("b"), [OTHER])])
    assert [units for _, units in picked] == [[LIST], [OTHER]]


def test_an_item_beside_its_whole_list_is_left_out() -> None:
    picked = _distinct_units([(_passage("a"), [LIST]), (_passage("b"), [ITEM, OTHER])])
    assert [units for _, units in picked] == [[LIST], [OTHER]]


def test_a_passage_left_with_no_unit_is_dropped() -> None:
    picked = _distinct_units([(_passage("a"), [LIST]), (_passage("b"), [LIST])])
    assert [p.chunk_id for p, _ in picked] == ["a"]


def test_distinct_units_are_kept_in_order() -> None:
    picked = _distinct_units([(_passage("a"), [OTHER]), (_passage("b"), [LIST])])
    assert [units for _, units in picked] == [[OTHER], [LIST]]


def test_an_item_with_its_closing_stop_beside_its_list_is_left_out() -> None:
    # the list joins its items with "; ": the item's own closing stop is not in the list's text
    picked = _distinct_units([(_passage("a"), [LIST]), (_passage("b"), ["Holding citizenship.", OTHER])])
    assert [units for _, units in picked] == [[LIST], [OTHER]]


def test_a_reply_quotes_a_requirement_once_beside_its_list(bot) -> None:
    from support import converse

    reply = converse(bot, "can i do the JIP internship from my home in Ulaanbaatar or i must come to japan? and can i "
                          "apply for both kind?")
    assert reply.answer.count("Holding citizenship of the applicable countries") == 1, reply.answer
