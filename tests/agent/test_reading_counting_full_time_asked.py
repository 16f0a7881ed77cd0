"""Class: how to count full-time employees is a knowledge question, not a missing headcount. Asked with no headcount
(「常勤職員」の数え方: 実習生本人は含めますか, 週4日勤務のパートさんは含められますか, 役員は含めますか; "do part-timers count?",
"does my wife who is a director count as full-time?") it is answered from the documents and the rule book's statement
of who counts (knowledge.full_time_rule), not asked back, even when the people described carry figures of their own
(週4日); what the documents do not say of a subject (パート) is still said first, as a refusal (test_dated_values). Asked beside a headcount and a quota question, the quota runs on the count and the reply also says
who is counted (the tool's findings: the full-time definition; in nursing care, staff whose main job is care: 事務 and
看護 are not counted)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

COUNTING_ASKED = [
    "実習実施者の人数枠を計算する際の「常勤職員」の数え方について確認させてください。①在籍中の技能実習生本人は含めますか。②週4日勤務の"
    "パートさんは含められますか。③役員報酬のみを受け取っている社長の奥様（役員）は含めますか。",
    "週4日勤務のパートさんも人数に含められますか？",
    "社長の奥様（役員）は数に入れていいですか？",
    "do part-timers count?",
    "does my wife who is a director count as full-time?",
    "How do we count full-time employees for the trainee quota?",
    "Do our office staff count too, or only the factory workers?",
]


@pytest.mark.parametrize("text", COUNTING_ASKED)
def test_counting_full_time_is_a_knowledge_question(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.asks_knowledge and not parsed.intents, parsed


@pytest.mark.parametrize(("text", "said"), [
    (COUNTING_ASKED[0], ("週30時間", "役員")),
    ("do part-timers count?", ("30 hours a week", "217 days a year")),
    ("does my wife who is a director count as full-time?", ("directors count only when paid as workers",)),
])
def test_counting_full_time_is_answered_by_the_rule_book(bot, text: str, said: tuple[str, ...]) -> None:
    reply = converse(bot, text)
    assert not reply.follow_up, reply.answer
    assert all(s in reply.answer for s in said), reply.answer
    assert not [c for c in reply.tool_calls if c.name == "trainee_quota"]


@pytest.mark.parametrize(("text", "count", "said"), [
    ("小規模のデイサービスを運営しています。常勤の介護職員が18名、ほかに常勤の事務員3名と看護師2名がいます。介護の技能実習生は何人まで"
     "受け入れられますか？事務や看護師も人数に数えていいのでしょうか。", 18, ("事務職員", "看護")),
    ("We run a care home with 18 full-time care workers, plus 3 office staff and 2 nurses. How many nursing care "
     "trainees can we take? Do the office staff and nurses count too?", 18, ("main job is care", "office staff")),
    ("We have 40 full-time employees. How many trainees can we take? Do part-timers count?", 40,
     ("30 hours a week",)),
])
def test_counting_asked_beside_a_quota_question_is_answered_too(bot, text: str, count: int,
                                                                 said: tuple[str, ...]) -> None:
    reply = converse(bot, text)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args["full_time_employees"] == count, reply.answer
    assert all(s in reply.answer for s in said), reply.answer


@pytest.mark.parametrize("text", ["do part-timers count?", "does my wife who is a director count as full-time?"])
def test_counting_full_time_in_english_is_no_refusal(bot, text: str) -> None:
    assert not converse(bot, text).refused
