"""Shares of a training plan given in percent that do not add up to 100 are asked for again, never checked changed.

Checked as hours, "required 50%, related 30%, peripheral 25%" was shown as "required work is 47.6%": the user's own
figure silently changed. The reply now says the sum, lists the shares as written, calls no calculator and asks; the
shares (or hours) given next are checked. Shares that add up to 100 are checked as before."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("text, total", [
    ("required 50%, related 30%, peripheral 25% - is this ok?", "105%"),
    ("Our plan: 40% required work, 35% related work, 20% peripheral work. Allowed?", "95%"),
    ("必須60%、関連30%、周辺20%で大丈夫ですか", "110%"),
    ("必須業務55％・関連業務30％・周辺業務10％の配分は基準を満たしますか", "95%"),
])
def test_shares_not_adding_up_to_100_are_asked_again(bot, text: str, total: str) -> None:
    reply = converse(bot, text)
    assert not calls_named(reply, "training_time_split")
    assert total in reply.answer and "100%" in reply.answer
    assert reply.follow_up


@pytest.mark.parametrize("turns, shares", [
    (("required 50%, related 30%, peripheral 25% - is this ok?", "sorry, peripheral is 20%"), (50, 30, 20)),
    (("required 50%, related 30%, peripheral 25% - is this ok?", "1000 hours required, 600 related, 400 peripheral"),
     (1000, 600, 400)),
    (("必須60%、関連30%、周辺20%で大丈夫ですか", "すみません、関連は20%でした"), (60, 20, 20)),
])
def test_the_shares_given_next_are_checked(bot, turns: tuple[str, ...], shares: tuple[int, int, int]) -> None:
    reply = converse(bot, *turns)
    (call,) = calls_named(reply, "training_time_split")
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == shares


@pytest.mark.parametrize("text, shares", [
    ("required 60%, related 25%, peripheral 15%. ok?", (60, 25, 15)),
    # off from 100 only by the rounding of one decimal: a whole plan
    ("required 33.3%, related 33.3%, peripheral 33.3%. ok?", (33.3, 33.3, 33.3)),
])
def test_shares_adding_up_to_100_are_checked(bot, text: str, shares: tuple[float, float, float]) -> None:
    reply = converse(bot, text)
    (call,) = calls_named(reply, "training_time_split")
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == shares
