"""Class: an applicant who lives or works in a country other than their nationality ("I am Indian but I work in
Germany; Germany is not a developing country, does that disqualify me?", 先進国に住んでいる) asks the condition on
the country of residence: the sentence that applicants may apply while residing in another country (including
developed countries) is quoted, not the nationality (DAC) line alone."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Germany is not a developing country so does that disqualify me from the Japan internship program?",
    "I'm a Nigerian national living in Canada. Does living in a developed country disqualify me from JIP?",
    "I work in Germany now, am I still eligible?",
    "インド国籍ですが、先進国に住んでいます。JIPに応募する資格はありますか？",
    "国籍と違う国に住んでいても、JIPの対象になりますか？",
    "ドイツに住んでいますが、応募の条件を満たしますか？",
])
def test_living_elsewhere_asks_the_residence_condition(question: str) -> None:
    types = AnswerTypes.load()
    ask = types.classify(question)
    assert "condition" in ask.types
    assert "residence" in {k.name for k in types.qualifiers_of(ask, question)}


@pytest.mark.parametrize("question", [
    "I am Indian citizen but I work in Germany now. Germany is not a developing country so does that disqualify me "
    "from the Japan internship program?",
    "I'm a Nigerian national living in Canada. Does living in a developed country disqualify me from JIP?",
])
def test_the_residence_sentence_answers(bot, question: str) -> None:
    answered(bot, question, r"(?i)reside in a country different from their nationality \(including developed")


@pytest.mark.parametrize("question", ["does that rule me out of jip?", "Would that rule me out of the JIP?"])
def test_rule_me_out_is_no_focus_word(bot, question: str) -> None:
    answer = answered(bot, question)
    assert "do not mention rule" not in answer
