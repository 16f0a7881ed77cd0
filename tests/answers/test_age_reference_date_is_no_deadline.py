"""The reference date of an age is no deadline: an application clause that asks at which point an age is counted
(応募者の年齢はいつ時点で判断しますか, "on what date is the applicant's age assessed?") asks the age kind of a date; a
refusal for an unstated deadline must not follow from it. An application clause that asks when (応募はいつまで) is still a
deadline."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes

AGE_REFERENCE = [
    "それと、応募者の年齢要件は何歳から何歳まで、いつ時点の年齢で判断しますか？",
    "応募者の年齢はいつの時点で数えますか",
    "応募資格の年齢は、いつ現在の年齢ですか？",
    "申請者の年齢はいつ時点のものですか",
    "On what date is the applicant's age assessed when they apply?",
    "What is the age range, and as of which reference date is the age counted?",
]

DEADLINES = [
    "応募はいつからいつまでですか",
    "申請書はいつ出せばいいですか",
    "応募の締め切りはいつですか",
    "When is the deadline to apply?",
    "Until when are applications accepted?",
]


@pytest.mark.parametrize("question", AGE_REFERENCE)
def test_the_reference_date_of_an_age_is_no_deadline(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "deadline" not in ask.kinds.get("date", ()), ask
    assert types.satisfies(ask, types.detect(
        "In principle, those who are 18 to 40 years old as of August 1, 2024."),
        "In principle, those who are 18 to 40 years old as of August 1, 2024."), ask


@pytest.mark.parametrize("question", DEADLINES)
def test_an_application_clause_asking_when_is_still_a_deadline(types: AnswerTypes, question: str) -> None:
    assert "deadline" in types.classify(question).kinds.get("date", ()), question
