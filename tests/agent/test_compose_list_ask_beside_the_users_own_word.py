"""A list asked for ("which jobs can move to No. 2?") is answered by the list although the user's own word (welding) is
not in it; the reply says the word is not named."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "hi im welder from surabaya. after specific skill no 1 can i go up to no 2 in welding?? which jobs can move to no.2",
    "can i go to specific skill no 2 in welding? which jobs can move to no.2",
])
def test_a_list_ask_is_answered_although_the_users_word_is_not_named(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert ("construction" in reply.answer and "shipbuilding" in reply.answer) or "建設・造船" in reply.answer
    assert "welding" in reply.answer.split("\n")[0]  # said not to be named


@pytest.mark.parametrize("question", [
    "I do welding. Which fields can move from Specific Skill No. 1 to No. 2?",
    "溶接の仕事をしています。特定技能1号から2号に移れるのはどの分野ですか？",
    "特定技能2号に溶接で上がれますか？どの分野が2号に移れますか？",
])
def test_a_list_ask_with_the_users_trade_in_the_background_is_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert ("construction" in reply.answer and "shipbuilding" in reply.answer) or "建設・造船" in reply.answer
