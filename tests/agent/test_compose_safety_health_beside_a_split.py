"""A knowledge ask beside a calculator answer is answered: the safety and health share, from the rule book (end to
end over the real index)."""

from __future__ import annotations

import re

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "溶接の実習計画（1号）を作成中です。1年間の総時間が2,000時間で、内訳は必須業務1,200時間、関連業務500時間、周辺業務300時間"
    "の予定です。\nこの配分で基準はクリアしていますか？それと、安全衛生の時間も別途どこかに入れる必要があったと思うのですが、"
    "何時間くらい必要ですか？",
    "実習計画を必須1000時間、関連600時間、周辺400時間で組んでいます。この配分で大丈夫ですか？あと、安全衛生の業務はどのくらい"
    "入れればいいですか？",
    "Our welding training plan is 2000 hours: required 1200, related 500, peripheral 300. Is that split OK? Also, how "
    "many hours of safety and health work do we need?",
])
def test_the_safety_and_health_ask_beside_a_split_check_is_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    answer = reply.answer.split("---")[0]
    assert re.search(r"(?:安全衛生|Safety and health)[^\n]*10\s*%", answer), reply.answer


@pytest.mark.parametrize("question", [
    "実習計画の中で、安全衛生に関する業務はどれくらいの時間を入れる必要がありますか？必須・関連・周辺それぞれに必要なのでしょうか。",
    "技能実習の計画で、安全衛生の業務は何％入れないといけませんか？",
])
def test_a_safety_and_health_question_gets_the_rule_books_share(bot, question: str) -> None:
    reply = converse(bot, question)
    assert re.search(r"安全衛生[^\n]*10\s*%", reply.answer), reply.answer
