"""What a reading of a count or a plan did is said with its own response key, never one borrowed from another reading.

The class: staff of another company and hires not yet joined taken out of a stated count (reading.not_employees_excluded:
"... are not counted as your full-time employees, so 205 − 6 − 8 = 191"), a share of a stated count
(reading.share_of_count: "60% of the 40 you gave is 40 × 60% = 24"), a group full-time by its hours and days
(reading.hours_group_added: "the 6 staff on 140 hours a month (about 32 a week) and 5 days a week are full-time, so
25 + 6 = 31"), the ask for a share with no whole result (reading.share_not_whole), and a plan's part that is the rest of
its total (reading.rest_of_plan: "1,920 − 960 − 640 = 320 hours of peripheral work"). EN and JA.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named

SAID = [
    ("Our headcount is 205 but that number includes 6 new grads starting in April and 8 trainees. How many No.1 "
     "trainees can we take?", "trainee_quota", 191, ["205 − 6 − 8 = 191", "hires who have not joined yet"]),
    ("We have 45 people, but that includes 6 trainees and 3 haken guys from an agency. Quota?", "trainee_quota", 36,
     ["45 − 6 − 3 = 36", "staff of another company"]),
    ("従業員205人という数字に内定者6人と実習生8人が入っています。1号は何人？", "trainee_quota", 191,
     ["205 − 6 − 8 = 191", "内定者"]),
    ("We are a nursing care company with 40 full-time staff; 60% of them are care workers. How many trainees?",
     "trainee_quota", 24, ["60% of the 40 you gave is 40 × 60% = 24"]),
    ("介護施設で常勤40名、そのうち6割が介護職員です。何人受け入れられますか？", "trainee_quota", 24, ["40 × 6割 = 24"]),
    ("We have 25 full-time staff, plus 6 people who work about 140 hours a month, also 5 days a week. How many "
     "trainees can we take?", "trainee_quota", 31, ["140 hours a month (about 32 a week)", "25 + 6 = 31"]),
    ("常勤25名のほかに、月140時間・週5日勤務のスタッフが6名います。実習生は何人まで？", "trainee_quota", 31,
     ["週約32時間", "25 + 6 = 31"]),
]


@pytest.mark.parametrize(("text", "tool", "count", "said"), SAID, ids=[f"case-{i}" for i in range(len(SAID))])
def test_a_count_reading_is_said_with_its_own_words(bot, text: str, tool: str, count: int, said: list[str]) -> None:
    reply = converse(bot, text)
    assert [call.args["full_time_employees"] for call in calls_named(reply, tool)] == [count], reply.tool_calls
    for words in said:
        assert words in reply.answer, reply.answer
    assert "other roles you listed" not in reply.answer and "他の職種" not in reply.answer
    assert "named beside them" not in reply.answer and "あわせて挙げた" not in reply.answer


@pytest.mark.parametrize(("text", "said"), [
    ("We are a nursing care company with 40 full-time staff, two thirds of them care workers. How many trainees?",
     "2/3 of 40 is 40 × 2/3, not a whole number"),
    ("介護施設です。常勤職員は40名で、そのうち3分の2が介護職員です。実習生は何人まで？", "40 × 2/3で整数にならない"),
], ids=["en", "ja"])
def test_a_share_with_no_whole_result_is_asked_with_why(bot, text: str, said: str) -> None:
    reply = converse(bot, text)
    assert not calls_named(reply, "trainee_quota")
    assert said in reply.answer and reply.follow_up


@pytest.mark.parametrize(("text", "said"), [
    ("Our trainee plan is 12 months, about 160 hours a month, so 1,920 hours. Required work 960 hours, related work 640 "
     "hours, and the rest is peripheral. Is exactly 50% enough?", "1,920 − 960 − 640 = 320 hours of peripheral work"),
    ("total 2000 hours: required 1200, peripheral 300. ok?", "2,000 − 1,200 − 300 = 500 hours of related work"),
    ("研修計画は合計1,920時間で、必須業務960時間、関連業務640時間、残りは周辺業務です。大丈夫ですか？", "周辺業務は1,920 − 960 − 640 = 320時間"),
], ids=["en-rest", "en-missing-part", "ja-rest"])
def test_the_rest_of_a_plans_total_is_said(bot, text: str, said: str) -> None:
    reply = converse(bot, text)
    assert calls_named(reply, "training_time_split")
    assert said in reply.answer, reply.answer
