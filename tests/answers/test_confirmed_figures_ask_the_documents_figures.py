"""A yes/no that states figures and asks whether they are right ("founded in 1989 and covers 77
occupations, is that correct?", 1989年に創設され、対象は77職種139作業、という記載で合っていますか) asks the documents'
figures of the types it states: the year and the count are asked (never required: a figure the documents do not state
leaves the confirmation answered from what they say), so the unit stating the year the system was established answers.
A question that states no figure, or does not ask whether it is right, is unchanged. The confirmation asks the
documents' figures, not a list or a condition of what the statement describes (対象は77職種139作業: what is covered): 1993
is quoted first."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "The technical intern training system was founded in 1989 and covers 77 occupations, is that correct?",
    "Our slide says technical intern training started in 1989. Is this right?",
    "外国人技能実習制度は1989年に創設され、対象は77職種139作業、という記載で合っていますか？",
    "技能実習制度は1989年にできたというのは本当ですか？",
])
def test_a_confirmed_year_asks_the_documents_year(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "date" in ask.types and "date" not in ask.hard, ask


@pytest.mark.parametrize("question", [
    "The technical intern training system was founded in 1989 and covers 77 occupations, is that correct?",
    "Our slide says technical intern training started in 1989. Is this right?",
    "社内研修用の資料を作っていて確認したいのですが、外国人技能実習制度は1989年に創設され、対象は77職種139作業、という記載で"
    "合っていますか？",
    "外国人技能実習制度は1989年に創設され、対象は77職種という理解で正しいですか？",
    "Is it correct that the Technical Intern Training system was established in 1989 and covers 77 occupations and "
    "139 tasks?",
], ids=["en-founded-and-covers-is-that-correct", "en-slide-says-is-this-right", "ja-kisai-de-atteimasu-ka",
        "ja-rikai-de-tadashii-desu-ka", "en-is-it-correct-that"])
def test_the_documents_year_is_quoted(bot, question: str) -> None:
    answered(bot, question, r"1993")


def test_a_plain_question_with_a_year_is_unchanged(types: AnswerTypes) -> None:
    assert "date" not in types.classify("Did anything change in 2019 for technical intern trainees?").hard


def test_a_confirmation_asks_no_list_of_what_it_describes(types: AnswerTypes) -> None:
    ask = types.classify("外国人技能実習制度は1989年に創設され、対象は77職種139作業、という記載で合っていますか？")
    assert "date" in ask.types and not {"list", "condition"} & ask.types, ask
