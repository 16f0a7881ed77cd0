"""The repository's answer types read a length asked with a short unit ("how many yrs", "for how many hrs", "how many
mos") as a duration, and "from when (to when)" anywhere in the sentence as a date whose kind, for applications, is
the application period. Two shapes second-language users write that were read as no type at all."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes

TYPES = AnswerTypes.load()


@pytest.mark.parametrize("question", [
    "max how many yrs can stay as technical intern?",
    "how many yr is the internship",
    "for how many hrs must the course run?",
    "how many mos does the online internship last",
    "how many wks in japan for in-person internship?",
])
def test_a_length_asked_with_a_short_unit_is_a_duration(question: str) -> None:
    assert "duration" in TYPES.classify(question).types


@pytest.mark.parametrize("question", [
    "From when to when were applications accepted in the first round?",
    "Re-Skills certification: from when to when could providers apply?",
    "The first round took applications from when to when?",
])
def test_from_when_to_when_asks_the_application_period(question: str) -> None:
    ask = TYPES.classify(question)
    assert "date" in ask.types
    assert "deadline" in ask.kinds.get("date", ())


def test_from_when_alone_asks_a_date() -> None:
    assert "date" in TYPES.classify("From when is the Specific Skill system in force?").types
