"""Follow-ups bound to the pending task, as one table across all five calculators and both languages.

Each row is (first message, follow-up, the calculator, the arguments it must receive, words the reply must say).
The classes: an elliptical answer to the question asked ("In person.", "3 weeks", "N2", "対面です。"), a correction
with fillers and adverbs ("no, 60", "actually we're 61", "sorry I meant 41 yrs", "いや、60人です"), a "what about"
follow-up ("what about online?", "60人なら？"), and a hypothetical that holds for one answer only. Values kept
from the first message are stated in the reply (the last column). Runs the built-in Bot over a real index (the
agent conftest's fixtures).
"""

from __future__ import annotations

import pytest

from support import converse


def last_calculator(reply):
    calls = [call for call in reply.tool_calls if call.name != "search_knowledge"]
    assert calls, (reply.answer, reply.tool_calls)
    return calls[-1]


QUOTA_45 = "We have 45 full-time employees. How many trainees can we accept?"
QUOTA_45_JA = "常勤職員は45人です。技能実習生は何人受け入れられますか？"
ELIGIBLE = "Am I eligible for the JIP? I'm Vietnamese, 25 years old, living in Hanoi."
SPLIT = "Is my training plan ok? Required 600 hours, related 300 hours, peripheral 100 hours."
COURSE = "Does our course qualify for Re-Skills? 30 hours total."
FUNDS = "How much are the JIP support funds for a 20-day internship?"
FUNDS_20_IN_PERSON = "JIP support funds for a 20-day in-person internship?"

TABLE = [
    # jip_support_funds: the missing mode or days, a what-about, in both languages
    (FUNDS, "In person.", "jip_support_funds", {"mode": "in_person", "days": 20}, ["in-person", "20"]),
    (FUNDS, "online", "jip_support_funds", {"mode": "online", "days": 20}, ["online", "20"]),
    (FUNDS, "No wait, it's in person", "jip_support_funds", {"mode": "in_person", "days": 20}, ["20"]),
    ("JIP支援金は20日間だといくらですか？", "対面です。", "jip_support_funds", {"mode": "in_person", "days": 20},
     ["対面", "20"]),
    ("JIP支援金はオンラインだといくらですか？", "3週間です", "jip_support_funds", {"mode": "online", "days": 21},
     ["オンライン"]),
    (FUNDS_20_IN_PERSON, "what about online?", "jip_support_funds", {"mode": "online", "days": 20}, ["20"]),
    (FUNDS_20_IN_PERSON, "and for 3 weeks?", "jip_support_funds", {"mode": "in_person", "days": 21},
     ["in-person"]),
    ("JIP支援金は対面で20日間だといくらですか？", "オンラインなら？", "jip_support_funds",
     {"mode": "online", "days": 20}, ["20"]),
    # trainee_quota: corrections with fillers and adverbs
    (QUOTA_45, "no, 60", "trainee_quota", {"full_time_employees": 60, "excellent": False}, ["standard"]),
    (QUOTA_45, "actually we're 61", "trainee_quota", {"full_time_employees": 61}, ["61"]),
    (QUOTA_45, "what about 60?", "trainee_quota", {"full_time_employees": 60}, ["60"]),
    (QUOTA_45_JA, "いや、60人です", "trainee_quota", {"full_time_employees": 60}, ["60", "一般の実習実施者"]),
    (QUOTA_45_JA, "60人なら？", "trainee_quota", {"full_time_employees": 60}, ["60"]),
    (QUOTA_45_JA, "では60人なら？", "trainee_quota", {"full_time_employees": 60}, ["60"]),
    (QUOTA_45, "what if we were excellent?", "trainee_quota", {"full_time_employees": 45, "excellent": True},
     ["45"]),
    # jip_eligibility: the missing JLPT level, an age corrected
    (ELIGIBLE, "N2", "jip_eligibility", {"nationality": "Viet Nam", "age": 25, "jlpt_level": "N2",
                                        "residing_in_japan": False}, ["Viet Nam"]),
    (ELIGIBLE + " JLPT N2.", "sorry I meant 41 yrs", "jip_eligibility",
     {"nationality": "Viet Nam", "age": 41, "jlpt_level": "N2"}, ["41"]),
    ("JIPに応募できますか？ベトナム人で25歳、ハノイ在住です。", "N2です", "jip_eligibility",
     {"nationality": "Viet Nam", "age": 25, "jlpt_level": "N2"}, ["N2"]),
    # training_time_split: one share corrected
    (SPLIT, "sorry, peripheral is 150", "training_time_split",
     {"required_hours": 600, "related_hours": 300, "peripheral_hours": 150}, ["1,050"]),
    # reskills_course_check: the practical hours given after
    (COURSE, "12 hours practical", "reskills_course_check", {"total_hours": 30, "practical_hours": 12}, ["40"]),
    ("Re-Skillsの認定を受けられますか？私たちの講座は総時間30時間です。", "実習は20時間です", "reskills_course_check",
     {"total_hours": 30, "practical_hours": 20}, []),
]


@pytest.mark.parametrize("first,follow_up,tool,args,says", TABLE,
                         ids=[f"{row[2]}:{row[1]}" for row in TABLE])
def test_a_follow_up_fills_the_pending_task(bot, first: str, follow_up: str, tool: str, args: dict,
                                            says: list[str]) -> None:
    reply = converse(bot, first, follow_up)
    call = last_calculator(reply)
    assert call.name == tool, (reply.answer, reply.tool_calls)
    assert {k: call.args.get(k) for k in args} == args, call.args
    text = reply.answer + "\n" + reply.details
    for word in says:
        assert word in text, (word, reply.answer)


@pytest.mark.parametrize("turns,tool,args", [
    ((QUOTA_45, "what if we were excellent?", "and with 60 employees?"), "trainee_quota",
     {"full_time_employees": 60, "excellent": False}),
    ((QUOTA_45, "what if we were excellent?", "what about 60?"), "trainee_quota",
     {"full_time_employees": 60, "excellent": False}),
    ((QUOTA_45_JA, "優良だったら？", "では60人なら？"), "trainee_quota", {"full_time_employees": 60, "excellent": False}),
    ((FUNDS_20_IN_PERSON, "what if it were online?", "and 30 days?"), "jip_support_funds",
     {"mode": "in_person", "days": 30}),
])
def test_a_hypothetical_does_not_carry_into_the_next_question(bot, turns: tuple, tool: str, args: dict) -> None:
    call = last_calculator(converse(bot, *turns))
    assert call.name == tool
    assert {k: call.args.get(k) for k in args} == args, call.args


@pytest.mark.parametrize("turns", [
    (QUOTA_45, "what if we were excellent?"),
    (QUOTA_45_JA, "優良だったら？"),
])
def test_a_hypothetical_answer_says_it_holds_for_this_answer_only(bot, turns: tuple) -> None:
    reply = converse(bot, *turns)
    assert last_calculator(reply).args.get("excellent") is True
    text = reply.answer + reply.details
    assert "only" in text or "今回の回答だけ" in text, reply.answer
