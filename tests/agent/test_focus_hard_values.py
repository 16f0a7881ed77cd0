"""Class: an amount asked in a currency ("how many yen / dollars per student", 何円) and a percentage asked as
"what percent / what share / 何パーセント / 何割" need a unit that carries an amount / a percentage of that subject.
When none does, the reply is the "documents do not state" refusal, never a quote of another value (the application
period, the eligibility list's ages and fiscal years). A percentage the documents do state is still answered."""

from __future__ import annotations

import pytest


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question", [
    "For students taking a certified Re-Skills course, how many yen per student does the MHLW Training and Education Benefit pay?",
    "How many dollars does the MHLW Training and Education Benefit pay for a Re-Skills course?",
    "Re-Skills講座を受けると教育訓練給付で何円もらえますか？",
])
def test_an_amount_in_a_currency_no_unit_carries_is_refused(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert reply.refused, reply.answer
    assert "Period for acceptance" not in reply.answer and "2017年10月28日" not in reply.answer.split("\n")[0]


@pytest.mark.parametrize("question", [
    "what percent of applicants from Africa get accepted in the japan internship program? whats my chance",
    "What share of JIP applicants are accepted?",
    "JIPの応募者の何パーセントが採用されますか？",
    "JIPに応募すると何割くらい合格しますか？",
])
def test_a_percentage_no_unit_carries_is_refused(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert reply.refused, reply.answer
    assert "18 to 40" not in reply.answer


@pytest.mark.parametrize("question, value", [
    ("What percentage of the curriculum must be practical work in a Re-Skills course?", "50"),
    ("What share of training time may peripheral work take for technical intern trainees?", "3"),
])
def test_a_percentage_the_documents_state_is_answered(bot, question: str, value: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused, reply.answer
    assert value in reply.answer
