"""A word saying a number is exact (「ちょうど15時間」「きっかり45人」「ぴったり40日」, "exactly 15 hours") changes nothing the
number says: every slot reads the same value with and without it, in every slot pattern, and the calculator runs."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

EXACT_WORDS = ["ちょうど", "丁度", "ぴったり", "きっかり", ""]

MESSAGES = [
    ("総時間は30時間で、そのうち演習と成果発表が{w}15時間です。要件を満たしてますか？",
     {"total_hours": 30, "practical_hours": 15}),
    ("講座は{w}40時間、実習は{w}20時間です。認定されますか？", {"total_hours": 40, "practical_hours": 20}),
    ("常勤職員は{w}45人です。技能実習生は何人受け入れられますか？", {"full_time_employees": 45}),
    ("JIPのオンラインに参加します。期間は{w}40日です。支援金はいくらですか？", {"days": 40, "mode": "online"}),
    ("必須業務が{w}1200時間、関連業務が500時間、周辺業務が300時間です。大丈夫ですか？",
     {"required_hours": 1200, "related_hours": 500, "peripheral_hours": 300}),
    ("We have exactly 45 full-time employees. How many trainees can we accept?", {"full_time_employees": 45}),
    ("Our course is 30 hours total, of which exactly 15 hours are exercises. Does it qualify?",
     {"total_hours": 30, "practical_hours": 15}),
]


@pytest.mark.parametrize("word", EXACT_WORDS)
@pytest.mark.parametrize("message, expected", MESSAGES)
def test_an_exact_word_before_a_number_reads_the_same_value(message: str, expected: dict, word: str) -> None:
    slots = slots_of(message.format(w=word))
    assert {k: slots.get(k) for k in expected} == expected, slots


def test_an_exact_word_beside_a_second_ask_still_runs_the_course_check(bot) -> None:
    from support import converse
    from tests.agent.reading_checks import calls_named

    reply = converse(bot, "データサイエンス分野の講座でRe-Skills講座の認定を考えています。総時間は３０時間で、そのうち演習と"
                          "成果発表がちょうど１５時間です。実践的な部分の割合は要件を満たしてますか？")
    calls = calls_named(reply, "reskills_course_check")
    assert calls and calls[0].args["practical_hours"] == 15 and calls[0].args["total_hours"] == 30, reply.tool_calls
    assert "満たしています" in reply.answer
