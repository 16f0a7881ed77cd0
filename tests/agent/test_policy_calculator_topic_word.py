"""A calculator starts only when the message carries its figures or asks its own question, never on its topic word
alone: a fee, a cost or a benefit rate asked about a Re-Skills course ("How much is the application fee to get our
course certified?", "受講料の何割が戻ってくるの？上限額も") is a knowledge question, searched (the answers layer says what
the documents lack); it started the practical-share calculator and asked for hours."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

OTHER_AMOUNTS = [
    "How much is the application fee to get our course certified as a Re-Skills course?",
    "What does it cost to apply for Re-Skills certification?",
    "If our course becomes a Re-Skills course, what percentage of the tuition do learners get refunded, and what is the cap?",
    "Re-Skills講座に認定されたら、受講者は教育訓練給付で受講料の何割が戻ってくるの？上限額も教えて。",
    "Re-Skillsの認定申請に手数料はかかりますか？",
    "Re-Skills講座の受講料はいくらまで補助されますか？",
    "Re-Skills講座の認定にはいくらかかりますか？",
]


@pytest.mark.parametrize("text", OTHER_AMOUNTS)
def test_another_amount_asked_starts_no_calculator(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.asks_knowledge and not parsed.intents


@pytest.mark.parametrize("text", OTHER_AMOUNTS[:1] + OTHER_AMOUNTS[3:4])
def test_the_reply_searches_and_asks_for_no_hours(bot, text: str) -> None:
    reply = converse(bot, text)
    # (only searches: each ask of the message, 「…何割が戻ってくるの？上限額も教えて。」, may be searched on its own)
    assert reply.tool_calls and {c.name for c in reply.tool_calls} == {"search_knowledge"}, reply.tool_calls
    assert not reply.answer.startswith(("計算するには", "To calculate this"))


@pytest.mark.parametrize("text", [
    "Our AI course is 40 hours with 20 practical, the tuition is 100,000 yen. Does it qualify for Re-Skills?",
    "受講料10万円、総時間40時間のうち実習20時間の講座です。Re-Skillsの対象になりますか？",
    "How much support money will I get for an online internship?",
    "活動支援金はいくらもらえますか？対面で30日です。",
])
def test_a_calculators_own_question_still_starts_it(text: str) -> None:
    assert UNDERSTANDER.parse(text).intents
