"""Fixtures of the answer-type tests: the repository's answer types, loaded once per module."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.fixture(scope="module")
def types() -> AnswerTypes:
    return AnswerTypes.load()
