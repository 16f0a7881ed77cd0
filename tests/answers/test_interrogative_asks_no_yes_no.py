"""Class: an interrogative before the yes/no verb of a sentence asks which / what, not yes or no ("Which countries
are eligible?", 「どこの国の人なら対象ですか？」, 「最長何年いてもらえるの？」): no "No: the documents exclude ..." opens its
answer; an excluded item the question names is still said, plainly ("資料では、中華人民共和国（中国）は対象外とされて
います。"). Words that only look like interrogatives (どの国でも "any country", いつでも, 何か, "what if ...") leave the yes/no,
and a casual yes/no (どこの会社でも5年OK？) is still one."""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits
from support import converse

WH_ASKS = [
    "JIPってどこの国の人なら対象ですか？中国とタイの学生が候補にいます。",
    "どの国の人が対象ですか？",
    "何時間なら対象になりますか？",
    "実習生って最長何年いてもらえるの？",
    "Which countries are eligible?",
    "What kind of courses qualify?",
]

YES_NO = [
    "中国の学生は対象ですか？",
    "どの国でも対象ですか？",
    "いつでも申請できますか？",
    "どこの会社でも5年OK？",
    "Is Thailand eligible?",
    "What if I am 41, can I still apply?",
    "Can Chinese students apply?",
]


@pytest.mark.parametrize("question", WH_ASKS)
def test_an_interrogative_asks_no_yes_no(question: str) -> None:
    assert not Limits.load().asks_yes_no(question)


@pytest.mark.parametrize("question", YES_NO)
def test_a_yes_no_stays_one(question: str) -> None:
    assert Limits.load().asks_yes_no(question)


@pytest.mark.parametrize("question", ["JIPってどこの国の人なら対象ですか？中国とタイの学生が候補にいます。",
                                      "JIPってどこの国の人が応募できるんですか？中国人の知り合いが興味あるみたいなんですが。"])
def test_which_countries_says_the_named_exclusion_without_a_no(bot, question: str) -> None:
    reply = converse(bot, question)
    first = reply.answer.split("\n")[0]
    assert not first.startswith("いいえ"), reply.answer
    assert "中国" in first and "対象外" in first, reply.answer
    assert "DAC" in reply.answer, reply.answer


def test_a_yes_no_on_the_named_country_still_says_no(bot) -> None:
    reply = converse(bot, "中国の学生はJIPの対象ですか？")
    first = reply.answer.split("\n")[0]
    assert first.startswith("いいえ") or "対象外" in first or "できません" in first, reply.answer
