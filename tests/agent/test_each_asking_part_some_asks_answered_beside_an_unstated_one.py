"""Class: several asks, one of a subject no document states ("Can technical intern trainees bring family? And how long
can they stay?", 「家族を連れてこられますか？それと、最長何年いられますか？」): the reply says what is not stated and still
answers each ask its own unit answers (five years), never refused whole; and the user's own kind answered by an
exclusion ("I am a local government official. Can our city host a JIP intern?") is no unmentioned subject: the verdict
leads, with no "don't mention city host" line before it."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Can technical intern trainees bring family? And how long can they stay?",
    "Can technical intern trainees bring their family? And how long can they stay?",
    "技能実習生は家族を連れてこられますか？それと、最長何年いられますか？",
    "技能実習生は妻や子どもを連れて来られますか？あと、最長で何年いられますか？",
])
def test_some_asks_answered_beside_an_unstated_one(bot, question: str) -> None:
    answered(bot, question, r"(?i)five years|5 years|5年")


@pytest.mark.parametrize("question", [
    "I am a local government official. Can our city host a JIP intern?",
    "We are a small non-profit organization. Could we host an intern through JIP?",
    "We are a local government. Can we host an intern under the JIP?",
])
def test_the_users_own_kind_excluded_is_no_unmentioned_subject(bot, question: str) -> None:
    answer = answered(bot, question, r"(?i)cannot")
    assert "mention" not in answer.split("\n")[0]
