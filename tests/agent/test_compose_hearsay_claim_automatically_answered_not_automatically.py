"""Class: a claim the user heard that something follows automatically (「…自動的になる」と聞いたんですが、本当ですか？, "I
heard it automatically becomes eligible. Is that true?"), answered by a unit that limits it to a portion meeting
another body's requirements or to a separate application, opens with "not automatically", in both languages."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("text", [
    "同業者から「Re-Skills講座の認定を取れば、厚労省の教育訓練給付の対象講座にも自動的になる」と聞いたんですが、これって本当ですか？"
    "うちも認定を取ったら受講生に給付金の案内を出していいのか迷っています。",
    "Re-Skills講座に認定されたら教育訓練給付の対象にも自動的になると聞きました。本当ですか？",
    "Re-Skillsの認定を受ければ、自動で教育訓練給付の対象になるって言われたんですが、正しいですか？",
])
def test_a_claim_heard_in_japanese(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused
    lead = reply.answer.split("\n\n")[0]
    assert "自動的にはなりません" in lead and "別途" in lead, reply.answer


@pytest.mark.parametrize("text", [
    "I heard that once a course is certified as a Re-Skills course it automatically becomes eligible for MHLW's "
    "Training and Education Benefits. Is that true?",
    "Does Re-Skills certification automatically make our course eligible for the MHLW education and training benefit?",
])
def test_a_claim_heard_in_english(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused
    assert reply.answer.startswith("Not automatically"), reply.answer
