"""Class: a question that asks for a value and its condition ("any conditions?", "is it the same for every
company?", 条件があれば, どこの会社でも) quotes, with the value, the unit of the same program that states that value
with its condition ("up to five years (limited to excellent companies under an excellent supervisory
organization)"); a plain value question does not, and a condition of another program's value is never added."""

from __future__ import annotations

import pytest

CONDITION = "limited to excellent companies"


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question", [
    "技能実習って最長で何年までいてもらえるんでしょうか。5年って聞いたことあるけど、どこの会社でも5年いけるの？条件があれば教えてください",
    "技能実習の期間は最長何年ですか？条件があれば教えてください。",
    "How long can a technical intern trainee stay in Japan? Is it the same for every company?",
    "What is the maximum period of technical intern training, and are there any conditions?",
])
def test_the_condition_of_the_value_is_quoted(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    assert CONDITION in reply.answer
    assert "Specific Skill No. 1" not in reply.answer  # not another program's 5 years
    if any(ord(c) > 0x2FFF for c in question):
        assert "優良" in reply.answer


def test_a_plain_value_question_quotes_the_value_alone(bot) -> None:
    reply = _ask(bot, "技能実習の期間は最長何年ですか？")
    assert "5" in reply.answer and not reply.refused
