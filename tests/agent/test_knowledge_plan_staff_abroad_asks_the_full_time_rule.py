"""Whether staff of an office abroad count as full-time employees is answered by the rule book, not refused.

The class: a knowledge question whether people of an office or company abroad (an overseas branch, a local subsidiary,
現地法人, 海外事業所) are counted in the full-time headcount asks who counts (pack act ``full_time_who``); no document
names such offices, the rule book does (staff of offices abroad are never counted), so its statement answers and the
reply is no refusal, whether it is the message's only ask or one of numbered asks beside one the documents answer.
"""

from __future__ import annotations

import pytest

from support import converse

STAFF_ABROAD_ASKS = [
    ("Do staff at our overseas branch count as full-time employees for the trainee quota?", "offices abroad"),
    ("Can we include employees of our local subsidiary in Vietnam in the number of full-time employees?",
     "offices abroad"),
    ("For the quota, are people at our foreign office counted as full-time staff?", "offices abroad"),
    ("海外支社の社員も常勤職員の人数に含めていいですか？", "海外事業所の職員は数えません"),
    ("タイの現地法人のスタッフは常勤職員数に入れられますか？", "海外事業所の職員は数えません"),
    ("受入れ人数枠の計算で使う「常勤職員数」について質問です。①今いる技能実習生もこの人数に含めますか？②ベトナムの現地法人"
     "（海外事業所）の社員は数に入れてもいいですか？", "海外事業所の職員は数えません"),
]


@pytest.mark.parametrize(("text", "rule"), STAFF_ABROAD_ASKS)
def test_staff_abroad_asked_gets_the_rule_books_who_counts(bot, text, rule) -> None:
    reply = converse(bot, text)
    assert rule in reply.answer, reply.answer[:600]
    assert not reply.refused, reply.answer[:300]


@pytest.mark.parametrize("text", [
    "経済産業省のジャパン・インターンシップ・プログラムで、海外の方を受け入れる予定です。対面型で45日間の場合、活動支援金は"
    "いくらですか？",
    "海外の人を受け入れたいのですが、JIPの受入れ企業になるための条件は何ですか？",
    "We want to host people from overseas through JIP. What do host companies provide?",
])
def test_hosting_people_from_abroad_is_no_who_counts_question(bot, text) -> None:
    # (受け入れる "accept" holds 入れる "count in": accepting people from abroad asks nothing of the headcount)
    reply = converse(bot, text)
    assert "規則集" not in reply.answer and "rule book" not in reply.answer, reply.answer[:600]
