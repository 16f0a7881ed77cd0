"""A word of everyday English (stopwords-iso's list: "even", "move", "happens") that frames a question is never named
as what the documents do not mention, whether no vocabulary concept covers it ("Can I even ...") or the vocabulary
reads it as a concept of the documents in another sense ("move the start to May" is no transfer of trainees)."""

from __future__ import annotations

import pytest

from bot.answers.focus import FocusRules, general_words
from tests.agent.each_asking_part import answered


def test_the_catalog_names_a_maintained_general_word_list() -> None:
    from bot.answers.types import AnswerTypes

    general = AnswerTypes.load().focus.general
    assert {"even", "move", "happens"} <= general
    assert not {"fee", "deadline", "visa", "salary", "tax", "phone"} & general  # subjects a question may ask about
    # the list's words that name a thing asked about are kept out of it (catalog ``general_words_except``)
    assert not {"computer", "website", "home", "test", "results", "room"} & general
    assert general_words(()) == frozenset() and FocusRules().general == frozenset()


@pytest.mark.parametrize("question", [
    "I run a small bakery as a sole proprietor. Can I even take technical intern trainees?",
    "Our AI course will start in January 2018. Can it be certified in the first round? And what happens if we move "
    "the start to May 2018?",
    "Is it even possible for a Re-Skills course to be certified if it is taught online?",
])
def test_a_general_word_is_not_named_unmentioned(bot, question: str) -> None:
    answer = answered(bot, question, refused=None)
    assert not __import__("re").search(r"do not mention (?:even|move|happens)\b", answer), answer
