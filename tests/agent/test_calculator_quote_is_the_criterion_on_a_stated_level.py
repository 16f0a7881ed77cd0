"""Class: an eligibility question that states the applicant's language level ("passed JLPT N4, not yet N3",
N4しか持っていません) is supported by the language criterion (an item of the list of requirements: "JLPT level N3 or
higher, or proficiency in English"), not by another sentence sharing the user's words."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Good day po! My younger sister is 19, Filipina, 2nd year college in Cebu. She passed JLPT N4 last year only, not "
    "yet N3 :( but her English is really good, she is English major. Is she still qualified for the METI internship "
    "or the N4 is a problem?",
    "I am Vietnamese, 24, living in Hanoi, and I only have JLPT N4 but my English is good. Can I apply to the JIP?",
])
def test_the_language_criterion_is_quoted(bot, question: str) -> None:
    answered(bot, question, r"N3")


def test_a_stated_level_names_the_language_criterion() -> None:
    types = AnswerTypes.load()
    assert types.attribute_criteria("She passed JLPT N4 last year")
    assert types.attribute_criteria("N4しか持っていません")
    assert not types.attribute_criteria("I am 24 and live in Hanoi")
