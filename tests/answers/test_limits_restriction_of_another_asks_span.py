"""Class: a yes/no ask beside a which / how-many ask ("my cousin say ... no employer-employee relation. is it true? and
max how many years can someone stay in the program?"): a restriction on the span the other ask asks for ("training for
up to five years (limited to excellent companies ...)") says nothing of what the yes/no asks, so no "Only in part: the
documents limit this to ..." opens the reply; the span is still answered (limits.Limits._yes_no_part; answer type
``wh_ask`` reads a bound word before the interrogative, "and max how many years") (en7o-08)."""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits
from tests.agent.each_asking_part import answered

QUESTIONS = [
    "my cousin say technical intern is not a real job, only training, so no employer-employee relation and no salary. "
    "is it true? and max how many years can someone stay in the program?",
    "A friend told me technical intern trainees are not employees of the company. Is that true? And maximum how many "
    "years can a trainee stay?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_no_limit_lead_from_the_span_another_ask_asks(bot, question: str) -> None:
    answer = answered(bot, question, r"(?:5|five) years")
    assert not answer.startswith("Only in part"), answer[:300]


@pytest.mark.parametrize("question,kept", [
    ("is it true? and max how many years can someone stay?", "is it true?"),
    ("Is that so? And how many years can they stay?", "Is that so?"),
    # an ask before the yes/no stays: the yes/no may point back at its span
    ("技能実習生って最長で何年まで受け入れられるんですか？普通の会社でもそこまでいけるの？",
     "技能実習生って最長で何年まで受け入れられるんですか？普通の会社でもそこまでいけるの？"),
    # a message that asks only how many keeps its whole text
    ("max how many years can someone stay?", "max how many years can someone stay?"),
])
def test_yes_no_part(question: str, kept: str) -> None:
    assert Limits.load()._yes_no_part(question).strip() == kept


@pytest.mark.parametrize("question", [
    # the restriction on the span a yes/no asks of still answers it
    "Can we keep a technical intern trainee for five years?",
])
def test_a_yes_no_on_the_span_keeps_its_limit_lead(bot, question: str) -> None:
    answered(bot, question, r"(?i)excellent")
