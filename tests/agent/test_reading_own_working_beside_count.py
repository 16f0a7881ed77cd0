"""The user's own working or guess beside a stated headcount ("I calculated basic number 21 so No.2 = 42, correct?",
"my guess: ... right?", 計算したら…で合ってますか) never replaces the count nor blocks the quota: the trainee quota runs
on the stated count and the reply gives the real limits. A count written in words with the same count in brackets
("four hundred thirty (430)", 四百三十人（430人）) is one count, read once."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, headcount", [
    ("Quick question - we have four hundred thirty (430) full time employees, normal org not excellent. Max "
     "technical intern trainees No.1 and No.2 at one time? I calculated basic number 21 so No.2 = 42, correct?", 430),
    ("We have 430 full time employees. How many No.1 and No.2 trainees at one time? I think the basic number is 21 "
     "so No.2 = 42, correct?", 430),
    ("We have 120 full-time staff. Max trainees? My guess: basic number 6, so No.1 = 6 and No.2 = 12, right?", 120),
    ("常勤職員430人です。1号と2号は同時に何人まで？計算したら基本人数は21で、2号は42人で合ってますか？", 430),
    ("常勤120人の会社です。技能実習生の上限は？自分で計算したら基本人数6人なので2号は12人だと思うのですが、合ってますか？", 120),
    ("常勤は四百三十人(430)で、1号と2号は最大何人？計算したら基本人数21人で2号は42人になったけど合ってますか？", 430),
])
def test_own_working_beside_a_count_runs_the_quota_on_the_count(text: str, headcount: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents
    assert parsed.slots.get("full_time_employees") == headcount


@pytest.mark.parametrize("text, headcount", [
    ("we have four hundred thirty (430) full time employees. How many trainees can we take?", 430),
    ("we have 430 (four hundred thirty) full time employees. How many trainees can we take?", 430),
    ("we have thirty (30) full time employees. How many trainees can we take?", 30),
    ("常勤職員は四百三十人（430人）です。技能実習生は何人受け入れられますか？", 430),
    ("常勤職員は430人（四百三十人）です。技能実習生は何人受け入れられますか？", 430),
])
def test_a_count_in_words_with_digits_in_brackets_is_read_once(text: str, headcount: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == headcount


def test_brackets_with_another_number_stay_another_number() -> None:
    from bot.text.numbers import same_number_once

    assert same_number_once("430 (430) employees") == "430 employees"
    assert same_number_once("430(430人)") == "430人"
    assert same_number_once("45 employees (5 part-time)") == "45 employees (5 part-time)"
    assert same_number_once("30 days (30 hours)") == "30 days (30 hours)"


@pytest.mark.parametrize("text", [
    "Quick question - we have four hundred thirty (430) full time employees, normal org not excellent. Max technical "
    "intern trainees No.1 and No.2 at one time? I calculated basic number 21 so No.2 = 42, correct?",
    "常勤職員430人です。1号と2号は同時に何人まで？計算したら基本人数は21で、2号は42人で合ってますか？",
])
def test_the_reply_gives_the_real_limits(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args.get("full_time_employees") == 430
    assert not reply.refused
    assert "43" in reply.answer and "21" in reply.answer
