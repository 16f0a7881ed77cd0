"""A verdict the facts given already decide ("you cannot apply": excluded nationality, living in Japan) asks no follow-up
for facts that could not change it; an open verdict still asks."""

from __future__ import annotations

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
