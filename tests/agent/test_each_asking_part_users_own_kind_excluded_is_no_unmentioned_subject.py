"""Class: the user's own kind answered by an exclusion ("I am a local government official. Can our city host a JIP
intern?") is no unmentioned subject: the verdict leads, with no "do not mention city host" line before it."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "I am a local government official. Can our city host a JIP intern?",
    "We are a small non-profit organization. Could we host an intern through JIP?",
    "We are a local government. Can we host an intern under the JIP?",
])
def test_the_users_own_kind_excluded_is_no_unmentioned_subject(bot, question: str) -> None:
    answer = answered(bot, question, r"(?i)cannot")
    assert "mention" not in answer.split("\n")[0]
