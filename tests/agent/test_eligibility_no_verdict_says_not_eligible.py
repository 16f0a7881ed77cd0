"""Class: a JIP check whose facts rule the applicant out says they are not eligible, in words that answer "am I
eligible?" as well as "can I apply?" ("You are not eligible for the FY2024 Japan Internship Program, so you cannot
apply: ...", 「…（JIP）の対象外です（応募できません）」), in English and Japanese, asked in one message or after turns."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("turns", [
    ("Hello po, I'm Filipino and I'm working in Dubai right now. Can I still apply for the Japan Internship Program "
     "even if I'm not living in the Philippines?",
     "Thank you! I was born in March 1983, my English is fluent (I use it at work every day) and I have never joined "
     "JIP before. So am I eligible?"),
    ("I'm 45, Vietnamese, living in Hanoi, JLPT N2. Am I eligible for the METI internship?",),
    ("Can I apply for JIP? I am Indian, 23, living in Tokyo now, JLPT N3.",),
])
def test_a_no_verdict_says_not_eligible_en(bot, turns: tuple[str, ...]) -> None:
    reply = converse(bot, *turns)
    assert "not eligible" in reply.answer and "cannot apply" in reply.answer, reply.answer
    assert "You are eligible" not in reply.answer


@pytest.mark.parametrize("turns", [
    ("フィリピン国籍で45歳、英語は堪能です。日本には住んでいません。JIPの対象になりますか？",),
    ("ベトナム人で23歳です。今は東京に住んでいて、日本語能力試験N2を持っています。JIPに応募できますか？",),
])
def test_a_no_verdict_says_not_eligible_ja(bot, turns: tuple[str, ...]) -> None:
    reply = converse(bot, *turns)
    assert "対象外です" in reply.answer and "応募できません" in reply.answer, reply.answer
