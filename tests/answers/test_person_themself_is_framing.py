"""The person themself (実習生本人, ご本人, "the intern himself") is no topic word the documents leave out: it points at
the person named beside it."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("word", ["本人", "ご本人", "自身", "自分自身", "himself", "themselves"])
def test_the_person_themself_is_a_framing_word(types: AnswerTypes, word: str) -> None:
    assert word in types.focus.framing
