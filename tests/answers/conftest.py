"""Fixtures of the answer-type tests: the repository's answer types, loaded once per module."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.fixture(scope="module")
def types() -> AnswerTypes:
    return AnswerTypes.load()


# the agent's fixtures (one real index of a private knowledge copy per session, and a Bot over it) for the tests
# here that check a class of answers end to end
from tests.agent.conftest import agent_settings, bot, retriever, rules  # noqa: E402,F401
