"""Class: an on-topic fact the documents do not state is refused, not answered with a near unit. A count of
past participants (a statistic), a penalty amount, or a duration (of which an age is none) must be carried by
the quoted unit; a rule's number, a support fund's amount or an age range does not carry it."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.answers.type_checks import carries


TALLY_QUESTIONS = [
    "How many interns in total were accepted under the METI Japan Internship Program in FY2023?",
    "How many trainees were accepted last year?",
    "how many people participated in JIP in 2023",
    "What is the total number of interns accepted so far?",
    "JIPで昨年度に受け入れられたインターンは何人ですか？",
    "これまでのJIPの受入れ実績は何人くらいですか",
    "過去に参加した人数を教えてください",
]
RULE_NUMBERS = [
    "Those who have not participated in this program between FY2016 and FY2023.",
    "In principle, those who are 18 to 40 years old as of August 1, 2024.",
    "Up to 100 companies will be selected.",
    "Peripheral work: 30% or less of the total training hours.",
]


@pytest.mark.parametrize("question", TALLY_QUESTIONS)
@pytest.mark.parametrize("unit", RULE_NUMBERS)
def test_a_rule_number_does_not_answer_a_past_tally(types: AnswerTypes, question: str, unit: str) -> None:
    assert "number" in types.classify(question).hard
    assert not carries(types, question, unit)


@pytest.mark.parametrize("question", TALLY_QUESTIONS)
def test_a_reported_tally_answers_it(types: AnswerTypes, question: str) -> None:
    assert carries(types, question, "In FY2023, 1,234 interns were accepted by 80 companies (a total of 1,234).")


def test_a_plain_how_many_is_no_tally(types: AnswerTypes) -> None:
    q = "How many technical intern trainees can a company with 45 full-time employees accept?"
    assert "tally" not in types.classify(q).kinds.get("number", ())


PENALTY_QUESTIONS = [
    "What is the monetary penalty imposed on an implementing organization that exceeds the intake limit?",
    "How much is the fine if we accept more trainees than allowed?",
    "Will we be fined for exceeding the quota? How much?",
    "受入れ人数枠を超えた場合の罰金はいくらですか？",
    "上限を超えて受け入れたら過料はいくらになりますか",
]
OTHER_AMOUNTS = [
    "Activity support funds based on the internship duration (In-person internships, 3,000 yen per day).",
    "The examination fee is 10,000 yen.",
]


@pytest.mark.parametrize("question", PENALTY_QUESTIONS)
@pytest.mark.parametrize("unit", OTHER_AMOUNTS + RULE_NUMBERS)
def test_another_amount_does_not_answer_a_penalty(types: AnswerTypes, question: str, unit: str) -> None:
    assert "amount" in types.classify(question).hard
    assert not carries(types, question, unit)


@pytest.mark.parametrize("question", PENALTY_QUESTIONS)
def test_a_stated_fine_answers_it(types: AnswerTypes, question: str) -> None:
    assert carries(types, question, "A fine of up to 300,000 yen is imposed on violators (penalty).")


DURATION_QUESTIONS = [
    "JIPのインターンシップ期間って何か月くらいなんでしょう？",
    "JIPのインターンは何ヶ月ですか",
    "How many months does the JIP internship last?",
    "How long is the internship?",
]


@pytest.mark.parametrize("question", DURATION_QUESTIONS)
def test_an_age_is_no_duration(types: AnswerTypes, question: str) -> None:
    assert "duration" in types.classify(question).hard
    assert not carries(types, question, "In principle, those who are 18 to 40 years old as of August 1, 2024.")
    assert carries(types, question, "The internship lasts 3 months (about 90 days).")
    assert carries(types, question, "The maximum period is 5 years.")
