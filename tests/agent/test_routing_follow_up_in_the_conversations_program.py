"""A follow-up describing the user's own course with its hours after a Re-Skills question ("what are the main
requirements for a course to get re-skills certification?" ... "ok. ours is 'PC basics & Excel for office workers', 40
hours, 30 of them hands-on. would it qualify?") names no program because the conversation's is meant: the course check
of that program runs on the figures it states (en6u-30)."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from bot.agent.conversation import DialogueState
from bot.agent.routing import choose_intent, program_follow_up
from bot.agent.steps import default_tasks
from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

U = repo_understander()

FIRST_EN = "what are the main requirements for a course to get re-skills certification?"
FIRST_JA = "Reスキル講座の認定を受けるための主な要件は何ですか？"


@pytest.mark.parametrize("first,follow_up,args", [
    (FIRST_EN, "ok. ours is 'PC basics & Excel for office workers', 40 hours, 30 of them hands-on. would it qualify?",
     {"basic_it_only": True}),
    (FIRST_EN, "ours runs 60 hours with 40 hours of exercises, on cloud security. would it qualify?",
     {"total_hours": 60, "practical_hours": 40}),
    (FIRST_EN, "we have an AI one: 100 hours in total, 30 of them practical. would ours qualify?",
     {"total_hours": 100, "practical_hours": 30}),
    (FIRST_JA, "うちのは『PC基礎＆Excel』で40時間、うち実習30時間です。対象になりますか？", {"basic_it_only": True}),
    (FIRST_JA, "うちの場合、総時間80時間で実習が50時間です。対象になりますか？", {"total_hours": 80, "practical_hours": 50}),
    (FIRST_JA, "うちはデータ分析で全部で120時間、実習は50時間です。これで対象になりますか？",
     {"total_hours": 120, "practical_hours": 50}),
])
def test_a_course_described_in_a_re_skills_follow_up_runs_the_course_check(bot, first: str, follow_up: str,
                                                                          args: dict) -> None:
    (call,) = calculators(converse(bot, first, follow_up))
    assert call.name == "reskills_course_check"
    assert {k: call.args.get(k) for k in args} == args


@pytest.mark.parametrize("text", [
    "ok. ours is 'PC basics & Excel for office workers', 40 hours, 30 of them hands-on. would it qualify?",
    "うちのは『PC基礎＆Excel』で40時間、うち実習30時間です。対象になりますか？",
])
def test_the_conversations_program_decides_the_task(text: str) -> None:
    parsed = U.parse(text)
    assert choose_intent(parsed, DialogueState(), program="reskills") == nlu.RESKILLS
    assert program_follow_up(U.parse(text), "jip", default_tasks()) is None  # no JIP figure stated


@pytest.mark.parametrize("text", [
    "ours is 40 hours, 30 of them hands-on. can we apply for JIP with it?",
    "うちのは40時間、うち実習30時間です。JIPに応募できますか？",
])
def test_a_follow_up_naming_another_program_is_not_the_conversations(text: str) -> None:
    assert program_follow_up(U.parse(text), "reskills", default_tasks()) is None
