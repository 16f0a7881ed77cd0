"""A knowledge question that mentions a calculator's topic (the Re-Skills application dates, tax on the support funds,
where to post documents) is not a calculation: no calculator runs and no input is asked for.

A procedure question on a calculator's topic (what to do for the training benefits once a course is certified) is a
search, not a calculation."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators


@pytest.mark.parametrize("text", [
    pytest.param(
        "If the Minister certifies our course, does it then automatically become eligible for the MHLW Education and "
        "Training Benefits too, or do we need to do something else?",
        id="en-certified-automatically-eligible-for-benefits"),
    pytest.param(
        "Once our course is certified as a Re-Skills course, what do we need to do to get it covered by the training "
        "benefits?",
        id="en-certified-what-to-do-for-benefits"),
    pytest.param("講座が認定されたら、教育訓練給付の対象にも自動的になりますか？", id="ja-nintei-sareta-ra-jidouteki-ni"),
    pytest.param(
        "my company wanted our data course certified as a Re-Skills course. what were the dates when METI was "
        "accepting the applications?",
        id="en-dates-when-meti-was-accepting"),
    pytest.param(
        "Do I have to pay income tax in Japan on the JIP activity support funds?",
        id="en-income-tax-on-support-funds"),
    pytest.param("Where do I send the Re-Skills application documents by post?", id="en-where-to-send-by-post"),
])
def test_a_knowledge_question_on_a_calculator_topic_is_a_search(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not calculators(reply), reply.tool_calls
    assert "need one more detail" not in reply.answer
