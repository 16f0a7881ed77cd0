"""A calculator answer's supporting quote gets its reference translation in a Japanese reply, as a knowledge answer's
quotes do (the quote stays as written and cited; an English reply is unchanged).

The class: every calculator (quota, JIP eligibility and funds, Re-Skills course check) whose reply quotes an English
rule under 資料の原文（英語） shows 参考訳 right under that quote.
"""

from __future__ import annotations

import pytest

from support import converse

JA = [
    "常勤職員は40人です。技能実習生は何人受け入れられますか？",
    "従業員40人ですが、受け入れ人数の上限は？",
    "25歳のベトナム国籍で、ハノイ在住、日本語能力試験N2です。JIPに応募できますか？",
    "Re-Skills講座の認定を受けたいです。総時間は60時間で、実習は30時間です。認定されますか？",
]
EN = [
    "We have 40 full-time employees. How many trainees can we accept?",
    "I'm 25, from Vietnam, live in Hanoi, JLPT N2. Can I apply for JIP?",
    "Our Re-Skills course is 60 hours total with 30 hours of practice. Can it be certified?",
]


@pytest.mark.parametrize("text", JA)
def test_a_japanese_calculator_reply_translates_its_english_quote(bot, text) -> None:
    reply = converse(bot, text)
    parts = reply.answer.split("\n\n")
    at = next((i for i, p in enumerate(parts) if p.startswith("資料の原文")), None)
    assert at is not None and reply.tool_calls, reply.answer[:400]
    assert parts[at + 1].startswith("参考訳"), reply.answer[:600]


@pytest.mark.parametrize("text", EN)
def test_an_english_calculator_reply_quotes_without_a_translation(bot, text) -> None:
    reply = converse(bot, text)
    assert "From the source document" in reply.answer, reply.answer[:400]
    assert "Reference translation" not in reply.answer and "参考訳" not in reply.answer, reply.answer[:600]
