"""A verdict the facts given already decide ("you cannot apply": excluded nationality, living in Japan) asks no follow-up
for facts that could not change it; an open verdict still asks.

A criterion that already fails decides the eligibility verdict: a value that cannot be read (an age range of third
parties, "around 24-25") is not asked back then; it is asked when the verdict stays open. The nationality reaches the tool
resolved to one country."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calculators

DECIDED_NO = [
    "I am Chinese and 25 years old, can I apply for the Japan Internship Program?",
    "I live in Japan and I'm 30, can I join JIP?",
    "I'm 45 years old and from Kenya. Can I apply for JIP?",
    "中国籍の25歳です。JIPに応募できますか？",
    "日本に住んでいる30歳です。JIPに応募できますか？",
]


@pytest.mark.parametrize("text", DECIDED_NO)
def test_a_decided_no_asks_for_nothing_more(bot, text: str) -> None:
    reply = converse(bot, text)
    (call,) = calculators(reply)
    assert call.name == "jip_eligibility"
    assert reply.follow_up is None


@pytest.mark.parametrize("text", ["I'm from Kenya and 25, can I apply for JIP?",
                                  "ケニア国籍の25歳です。JIPに応募できますか？"])
def test_an_open_verdict_still_asks(bot, text: str) -> None:
    reply = converse(bot, text)
    assert calculators(reply)[0].name == "jip_eligibility"
    assert reply.follow_up


@pytest.mark.parametrize("text", [
    "Hello, I work in the international relations office of a university in Santiago. Several of our students from "
    "Chile (around 24-25 years old, good English) asked me about METI's Japan Internship Program. Before I forward the "
    "call to them, could you confirm whether Chilean nationals are eligible at all?",
    "Our students from Chile, around 24-25 years old, asked about JIP. Are they eligible?",
    "Are Chilean nationals eligible for JIP at all?",
    "Can people from Chile apply to the Japan Internship Program?",
    "Can Chileans apply to JIP?",
    "チリ国籍でも応募できますか？ジャパン・インターンシップ・プログラムです。",
])
def test_a_failing_criterion_decides_without_asking(bot, text: str) -> None:
    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[0].args.get("nationality") == "Chile", reply.tool_calls
    assert re.search(r"DAC|ODA", reply.answer) and re.search(r"(?i)cannot|できません", reply.answer), reply.answer[:400]
    assert not re.search(r"(?i)how old|one number|年齢を教えて", reply.answer), reply.answer[:400]


def test_an_unreadable_value_is_asked_when_the_verdict_stays_open(bot) -> None:
    reply = converse(bot, "Our students from Kenya, around 24-25 years old, good English, living in Nairobi, asked "
                          "about JIP. Are they eligible?")
    assert any(c.name == "jip_eligibility" for c in reply.tool_calls), reply.tool_calls
    assert re.search(r"24-25", reply.answer) and re.search(r"(?i)how old|age", reply.answer), reply.answer[:600]
