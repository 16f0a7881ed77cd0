"""A knowledge question that mentions a calculator's topic (the Re-Skills application dates, tax on the support funds,
where to post documents) is not a calculation: no calculator runs and no input is asked for.

A procedure question on a calculator's topic (what to do for the training benefits once a course is certified) is a
search, not a calculation.

A yes/no question on a program rule (必ず / 自動的に / always / automatically ... ?) naming no course figures is a
knowledge question, never the Re-Skills course check; a course with figures is still checked."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "If the Minister certifies our course, does it then automatically become eligible for the MHLW Education and "
    "Training Benefits too, or do we need to do something else?",
    "Once our course is certified as a Re-Skills course, what do we need to do to get it covered by the training "
    "benefits?",
    "講座が認定されたら、教育訓練給付の対象にも自動的になりますか？",
    "my company wanted our data course certified as a Re-Skills course. what were the dates when METI was "
    "accepting the applications?",
    "Do I have to pay income tax in Japan on the JIP activity support funds?",
    "Where do I send the Re-Skills application documents by post?",
], ids=["en-certified-automatically-eligible-for-benefits", "en-certified-what-to-do-for-benefits",
        "ja-nintei-sareta-ra-jidouteki-ni", "en-dates-when-meti-was-accepting", "en-income-tax-on-support-funds",
        "en-where-to-send-by-post"])
def test_a_knowledge_question_on_a_calculator_topic_is_a_search(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not calculators(reply), reply.tool_calls
    assert "need one more detail" not in reply.answer


RULE_QUESTIONS = [
    "Re-Skills講座に認定されたら、必ず教育訓練給付の対象になりますか？",
    "Re-Skills認定講座は自動的に教育訓練給付の対象になりますか？",
    "Re-Skills講座に認定されれば、無条件で給付金の対象ですか？",
    "If our course is certified as a Re-Skills course, does it automatically qualify for the education and training benefit?",
    "Is a Re-Skills course always eligible for the training benefit?",
    "Does a certified Re-Skills course necessarily get the training benefit?",
]


@pytest.mark.parametrize("text", RULE_QUESTIONS)
def test_a_yes_no_rule_question_is_knowledge(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not calculators(reply)
    assert reply.follow_up is None
    assert not reply.answer.startswith(("計算するには", "To calculate this"))


def test_a_course_with_figures_is_still_checked() -> None:
    parsed = U.parse("Our course is 40 hours with 20 practical. Is it always certified?")
    assert "reskills_course_check" in parsed.intents
