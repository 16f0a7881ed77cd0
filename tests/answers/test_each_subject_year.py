"""A request for "the year each one started" asks a date (a founding date) like "when did ... start?": for
two subjects each one's year is quoted (the Technical Intern Training system's 1993 and Specific Skills' 2019),
not only the better-matching one."""

from __future__ import annotations

import pytest

from bot.answers.select import UnitRanker
from bot.answers.types import AnswerTypes
from bot.contracts import Passage


@pytest.mark.parametrize("question", [
    "Which is older, the Technical Intern Training system or the Specific Skills status? Give me the year each one started.",
    "Tell me the years they were established.",
    "What's the year the Specific Skills status was introduced?",
    "I need the date it was set up.",
])
def test_the_year_something_started_is_a_date_asked(types: AnswerTypes, question: str) -> None:
    assert "date" in types.classify(question).types


@pytest.mark.parametrize("question", [
    "What year did training start for the trainees?",  # already a date
    "How many years can they stay?",  # a duration, no date
])
def test_a_duration_is_not_a_founding_date(types: AnswerTypes, question: str) -> None:
    asked = types.classify(question).types
    assert ("date" in asked) == question.startswith("What year")


TITP = Passage(chunk_id="technical-intern-training-system::1", doc_id="technical-intern-training-system",
               program="titp", title="What is the Foreign Technical Internship System?",
               section="What is the Foreign Technical Internship System?",
               text="In developing regions, there is a need to train their own people. The Foreign Technical "
                    "Internship System was established in 1993 to meet the needs of developing regions.")
SSW = Passage(chunk_id="waasa-foreign-talent-support::2", doc_id="waasa-foreign-talent-support", program="ssw",
              title="WAASA", section="Related Information > Specific Skill System",
              text="The revised Immigration Control Act came into effect on April 1, 2019, and a new status of "
                   "residence, \u201cSpecific Skills,\u201d has been established. \u201cSpecific Skill No. 1\u201d "
                   "can work for 5 years only in the field.")


@pytest.mark.parametrize("question", [
    "Which is older, the Technical Intern Training system or the Specific Skills status? Give me the year each one started.",
    "Which came first, Specific Skills or technical intern training? Tell me the years they were established.",
])
def test_each_subjects_year_is_quoted(types: AnswerTypes, question: str) -> None:
    picked = UnitRanker(types=types).select(question, [SSW, TITP]).picked
    quoted = " ".join(u for _, units in picked for u in units)
    assert "1993" in quoted and "2019" in quoted
