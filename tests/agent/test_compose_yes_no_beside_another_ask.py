"""A yes/no ask beside another (a calculation, a method) gets its own verdict, not only a quote; whether posting is
allowed asks no address (end to end over the real index)."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "地方で中小企業向けにパソコン教室をやっています。Excel・Wordの基本操作とITリテラシー入門の講座（30時間、そのうち実習20"
    "時間）が主力なのですが、これはRe-Skills講座の認定対象になりますか？あと、認定されると受講者は厚労省の教育訓練給付金を"
    "自動的に受けられるんでしょうか。",
    "当社のデータサイエンス講座は全50時間、うち演習30時間です。Re-Skillsの認定は取れますか？それと、認定されたら教育訓練給付"
    "の対象にも自動的になるんでしょうか？",
    "第四次産業革命スキル習得講座の認定申請って、どうやって出すんですか？紙で郵送もできますか。あと、認定されたら厚労省の教育"
    "訓練給付の対象にも自動的になるんでしょうか。",
])
def test_a_yes_no_ask_beside_another_gets_its_verdict_ja(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "自動的にはなりません" in reply.answer and re.search("別途|別に", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "Our AI course is 40 hours with 24 hours of hands-on practice. Can it be certified as a Re-Skills course? And will "
    "our students automatically get the MHLW Training and Education Benefit?",
    "We teach basic Excel and Word, 30 hours, 20 practical. Can this be a Re-Skills course? Also, once certified, is it "
    "automatically eligible for MHLW's education benefit?",
])
def test_a_yes_no_ask_beside_a_calculation_gets_its_verdict_en(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "Not automatically" in reply.answer and "separately" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["紙で郵送もできますか。", "郵送でも可能ですか？"])
def test_whether_posting_is_allowed_asks_no_address_ja(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "address" not in ask.hard, ask
