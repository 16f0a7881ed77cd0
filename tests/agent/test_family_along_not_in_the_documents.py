"""Class: an ask whether family members or dependents may come along (a spouse, children, a dependent visa, 家族帯同,
妻や子ども), of any program, is declined as not stated by the documents, in both languages, even when a side word of
the ask ("dependent visa": the visa assistance) matches a document. An ask of its own beside it is still answered."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "is it true JIP in-person intern can bring wife and small child to japan with kazoku taizai (dependent) visa? "
    "my wife want to come too",
    "Can a technical intern trainee bring his family to Japan on a dependent visa?",
    "Can Specified Skilled Worker No. 1 workers bring their spouse and kids to Japan?",
    "JIPのインターンに妻と子どもを連れて行けますか？",
    "技能実習生は家族を帯同できますか？",
    "特定技能で来日した場合、配偶者と子どもを呼び寄せることはできますか？",
])
def test_an_ask_to_bring_family_is_declined(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    assert "do not mention" in reply.answer or "記載はありません" in reply.answer
    assert "family" in reply.answer or "家族" in reply.answer


def test_an_ask_of_its_own_beside_it_is_still_answered(bot) -> None:
    reply = converse(bot, "can i bring my wife to japan during the internship? also is the flight ticket paid?")
    assert not reply.refused
    assert "airline tickets" in reply.answer


@pytest.mark.parametrize("text,asks", [
    ("can I bring my wife and 2 kids?", True),
    ("my wife want to come too", True),
    ("is there a dependent visa for interns?", True),
    ("家族帯同は可能ですか？", True),
    ("子どもと一緒に日本に住めますか？", True),
    ("do family members count as full-time employees?", False),
    ("we are a family business with 30 staff; how many trainees can we take?", False),
    ("can my husband apply too?", False),
    ("通訳を帯同できますか？", False),
    ("家族経営の会社でも実習生を受け入れられますか？", False),
])
def test_the_ask_of_bringing_family(text: str, asks: bool) -> None:
    lang = "ja" if any(ord(c) > 0x3000 for c in text) else "en"
    assert UNDERSTANDER.pack(lang).act("family_along", text) == asks
