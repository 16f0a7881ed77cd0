"""R2: corrections in more shapes, as a table across the five calculators x correction frames, EN and JA.

After a calculator answer, a message that apologises or corrects ("my bad", "oops", "I meant", "correction:", "it's
actually", "sorry I miscalculated", "訂正です", "すみません、間違えました", "正しくは") and carries one number of a slot's
kind (a count, an age, with or without a date before it, hours, days) corrects that slot: the calculator runs
again with the new value and nothing is searched in its place. A date in the message is never the value.
"""

from __future__ import annotations

import itertools

import pytest

from support import converse

EN_FRAMES = ["my bad, {v}", "oops, {v}", "oops {v}", "I meant {v}", "correction: {v}", "it's actually {v}",
             "sorry my mistake, actually it's {v}", "sorry I miscalculated, {v}", "Sorry, typo: {v}"]
JA_FRAMES = ["訂正です、{v}", "すみません、間違えました。{v}", "正しくは{v}", "ごめんなさい、{v}の間違いでした",
             "すみません、訂正します。{v}"]

# (first message, the corrected values as typed, the slot, the value the tool must receive)
EN_CASES = [
    ("We have 45 full-time employees. How many trainees can we accept?", ["60", "60 employees", "60 staff"],
     "trainee_quota", "full_time_employees", 60),
    ("Am I eligible for the JIP? I'm Vietnamese, 25 years old, living in Hanoi, JLPT N2.",
     ["41", "41 years old", "on 1 aug 2024 I will be 41", "on August 1, 2024 I'll be 41"], "jip_eligibility", "age", 41),
    ("JIP support funds for a 20-day in-person internship?", ["25 days", "25"], "jip_support_funds", "days", 25),
    ("Is my training plan ok? Required 600 hours, related 300 hours, peripheral 100 hours.",
     ["peripheral 150 hours", "150 hours peripheral"], "training_time_split", "peripheral_hours", 150),
    ("Does our AI course qualify for Re-Skills? 30 hours total, 10 hours practical.",
     ["20 hours practical", "practical 20 hours"], "reskills_course_check", "practical_hours", 20),
]
JA_CASES = [
    ("常勤職員は45人です。技能実習生は何人受け入れられますか？", ["60人", "常勤職員は60人"], "trainee_quota",
     "full_time_employees", 60),
    ("JIPに応募できますか？ベトナム人で25歳、ハノイ在住、JLPT N2です。", ["41歳", "2024年8月1日時点で41歳"],
     "jip_eligibility", "age", 41),
    ("JIP支援金は対面で20日間だといくらですか？", ["25日間", "25日"], "jip_support_funds", "days", 25),
    ("必須業務600時間、関連業務300時間、周辺業務100時間です。時間配分は大丈夫ですか？", ["周辺業務は150時間"],
     "training_time_split", "peripheral_hours", 150),
    ("Re-Skillsの認定を受けられますか？私たちのAI講座は総時間30時間、実習10時間です。", ["実習は20時間"],
     "reskills_course_check", "practical_hours", 20),
]


def rows():
    for frames, cases in ((EN_FRAMES, EN_CASES), (JA_FRAMES, JA_CASES)):
        for frame, (first, values, tool, slot, expected) in itertools.product(frames, cases):
            for value in values:
                text = frame.format(v=value)
                yield pytest.param(first, text, tool, slot, expected, id=f"{tool}:{text}")


@pytest.mark.parametrize("first,correction,tool,slot,expected", list(rows()))
def test_a_correction_after_a_calculator_answer_corrects_the_slot(bot, first: str, correction: str, tool: str,
                                                                   slot: str, expected: int) -> None:
    reply = converse(bot, first, correction)
    calls = [c for c in reply.tool_calls if c.name != "search_knowledge"]
    assert calls, ("searched instead of corrected", reply.answer[:200])
    assert calls[-1].name == tool
    assert calls[-1].args.get(slot) == expected, calls[-1].args
