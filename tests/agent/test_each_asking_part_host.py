"""Class: "what kind of company can host?" (which organizations may accept interns, どのような企業が受け入れられますか)
asks which party may take part: the unit that says where in-person internships take place and who is left out
("small to medium-sized companies ... (excluding industry associations, ...)") answers first, not the support item
that only mentions the host company in passing. A Japanese lead names what the unit lists, never what it excludes."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "What kind of company can host a JIP intern in person?",
    "Which organizations are allowed to host JIP interns in Japan?",
    "Who can host a JIP intern?",
    "What type of companies may accept interns under the JIP?",
    "JIPの対面インターンシップを受け入れられるのはどのような企業ですか？",
    "どんな会社がJIPのインターン生を受け入れできますか？",
])
def test_which_party_may_host_is_asked(question: str) -> None:
    assert "party" in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", [
    "What kind of support do JIP interns get?",
    "What companies does WAASA support?",
    "JIPのインターン生にはどんな支援がありますか？",
])
def test_other_questions_ask_no_party(question: str) -> None:
    assert "party" not in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", [
    "What kind of company can host a JIP intern in person?",
    "Which organizations are allowed to host JIP interns in Japan?",
    "What type of companies may accept interns under the JIP?",
    "JIPの対面インターンシップを受け入れられるのはどのような企業ですか？",
    "どんな会社がJIPのインターン生を受け入れできますか？",
])
def test_the_unit_on_who_hosts_answers_first(bot, question: str) -> None:
    answer = answered(bot, question)
    quotes = answer.split("\n\n_")[0]
    assert "small to medium-sized companies" in quotes, answer
    first_quote = next(block for block in quotes.split("\n\n") if "“" in block or "[1]" in block)
    assert "small to medium-sized companies" in first_quote, answer


@pytest.mark.parametrize("question", [
    "JIPの対面インターンシップを受け入れられるのはどのような企業ですか？",
    "どんな会社がJIPのインターン生を受け入れできますか？",
])
def test_a_japanese_lead_does_not_list_the_excluded_as_the_answer(bot, question: str) -> None:
    answer = answered(bot, question)
    lead = answer.split("\n\n")[0]
    assert "業界団体" not in lead and "地方自治体" not in lead, answer
