"""Class: a knowledge question whose fact a unit states in other words is answered by that unit. A count that
leaves someone out ("does not include ...") states an exclusion; a request for "the reference date" of an age
asks for the date the age is counted at (not an application deadline)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes

COUNT_RULE = "The number of full-time employees does not include technical intern trainees (No. 1, No. 2, and No. 3)."
AGE_RULE = "In principle, those who are 18 to 40 years old as of August 1, 2024."


@pytest.mark.parametrize("unit", [COUNT_RULE, "Trainees are not counted as full-time employees.",
                                  "常勤職員の数には技能実習生は含まれない。"])
def test_a_count_that_leaves_someone_out_states_an_exclusion(types: AnswerTypes, unit: str) -> None:
    assert "exclusion" in types.detect(unit)


@pytest.mark.parametrize("question", [
    "When counting full-time employees for the trainee intake limit, which persons are explicitly excluded from the count?",
    "Who is not counted as a full-time employee for the trainee quota?",
    "常勤職員の数から除かれるのは誰ですか？",
    "常勤職員に含まれない人はいますか",
])
def test_an_exclusion_question_asks_for_it(types: AnswerTypes, question: str) -> None:
    assert "exclusion" in types.classify(question).types


@pytest.mark.parametrize("question", [
    "JIP FY2024: state the minimum and maximum age of applicants and the reference date on which age is determined.",
    "Please give the age range for JIP applicants and the date on which their age is counted.",
    "Tell me the JIP age limits and the cut-off date for age.",
    "JIPの応募者の年齢の上限と下限、年齢の基準日を教えてください。",
    "JIPは何歳まで応募できますか。年齢は何日時点で数えますか？",
])
def test_the_reference_date_of_an_age_is_answered_by_the_age_rule(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "date" in ask.hard
    assert "deadline" not in ask.kinds.get("date", ())
    assert types.satisfies(ask, types.detect(AGE_RULE), AGE_RULE)


def test_a_cut_off_for_applications_is_still_a_deadline(types: AnswerTypes) -> None:
    assert "deadline" in types.classify("What is the cut-off date for JIP applications?").kinds.get("date", ())
