"""A fee or cost of accepting trainees ("N人受け入れる場合" / "if we accept N trainees" with a money ask: いくら, 何円,
相場, 費用, 監理費, how much, cost, fee) is a knowledge question the documents do not answer (the reply says they
do not state: refused), never a quota: the count in it is neither the headcount nor a quota question."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

COSTS = [
    "技能実習生を1人受け入れる場合、監理団体に払う監理費の相場って月いくらくらいですか？予算を組みたいので大体で構いません。",
    "実習生を2人受け入れたら、毎月いくら払うことになりますか？",
    "技能実習生を3人雇う場合の監理費はどのくらい？",
    "1号を1人入れると監理団体への支払いは月何円くらい？",
    "If we accept 1 trainee, how much is the monthly supervision fee, roughly?",
    "If we take on 2 trainees, how much will it cost us per month?",
]


@pytest.mark.parametrize("text", COSTS)
def test_a_cost_of_accepting_is_no_quota(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" not in parsed.intents
    assert "full_time_employees" not in parsed.slots


@pytest.mark.parametrize("text", [COSTS[0], COSTS[1], COSTS[4]])
def test_the_reply_says_the_documents_do_not_state_it(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert not any(c.name == "trainee_quota" for c in reply.tool_calls)
    assert reply.refused


@pytest.mark.parametrize("text, headcount", [
    ("常勤30人です。実習生は何人受け入れられますか？", 30),
    ("実習生を5人受け入れられますか？常勤職員は40人です。", 40),
    ("We have 40 full-time employees. Can we accept 5 trainees?", 40),
])
def test_a_quota_question_is_still_a_quota(text: str, headcount: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "trainee_quota" in parsed.intents
    assert parsed.slots.get("full_time_employees") == headcount
