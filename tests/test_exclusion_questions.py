"""What a program leaves out, asked with no figures ("which courses can't be certified?", 「Reスキルの対象にならない
講座はありますか」, 「認定されない講座は？」), is a knowledge question answered by the exclusion the document states,
never a calculation waiting for hours; with the course's hours it is still the calculator. Both languages."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander
from tests.test_retrieval_japanese import bot, index_settings, retriever  # noqa: F401 - one private index, shared fixtures

EXCLUSION = "Fundamental and basic IT skill courses are excluded"

ASKS = [
    "Reスキルの対象にならない講座はありますか", "Re-Skillsで対象外になる講座は？", "Reスキル講座として認定されない講座は？",
    "Re-Skillsの認定から除外される講座を教えてください", "which courses can't be certified as Re-Skills?",
    "Which kinds of courses are not covered by Re-Skills certification?", "Are any courses excluded from Re-Skills?",
]


@pytest.mark.parametrize("question", ASKS)
def test_an_exclusion_question_without_figures_is_knowledge(question: str) -> None:
    parsed = repo_understander().parse(question)
    assert not parsed.intents and nlu.RESKILLS not in parsed.implied, question


@pytest.mark.parametrize("question", ASKS)
def test_an_exclusion_question_quotes_the_exclusion(bot, question: str) -> None:
    from support import converse

    reply = converse(bot, question)
    assert EXCLUSION in reply.answer and not reply.refused, reply.answer[:300]


@pytest.mark.parametrize("question", [
    "30時間の講座で、演習が20時間です。Reスキルに認定されませんか？",
    "Our course is 30 hours with 20 hours of practice. Is it excluded from Re-Skills?",
])
def test_with_the_hours_it_is_still_the_calculator(question: str) -> None:
    assert nlu.RESKILLS in repo_understander().parse(question).intents

