"""A typing slip in a framing word never becomes a subject the documents leave out (the robustness suite's typo
variant "Specific Skill No.1 hodler" was refused as "The documents do not mention hodler")."""

from __future__ import annotations

import pytest

from bot.answers.focus import _framing_typo

FRAMING = frozenset({"holder", "holders", "necessary", "happen", "matter"})


@pytest.mark.parametrize("typed", ["hodler", "hlder", "holdr", "neccessary", "necesary", "hapen", "matetr"])
def test_a_slip_of_a_framing_word_frames(typed: str) -> None:
    assert _framing_typo(typed, FRAMING)


@pytest.mark.parametrize("typed", ["overtime", "family", "vacation", "pension", "hold", "N3", "matters2"])
def test_other_words_stay_focus(typed: str) -> None:
    assert not _framing_typo(typed, FRAMING)


@pytest.mark.parametrize("question", [
    "For how many years can a Specific Skill No.1 hodler work in Japan?",
    "For how many years can a Specific Skill No.1 holder work in Japan?",
])
def test_the_typo_question_is_answered(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused and "5 years" in reply.answer
