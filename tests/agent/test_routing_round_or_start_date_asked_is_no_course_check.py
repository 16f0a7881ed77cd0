"""A Re-Skills question about a certification round or a course's start date, with none of the course's hours ("Our
AI course will start in January 2018. Can it be certified in this first round (the September-October 2017
applications)? And what happens if we move the start to May 2018?", 「初回の募集で認定されますか？開講を5月にずらしたら？」) is
a knowledge question: no course check starts and no hours are asked for (en6s-28). With the hours stated the check
still runs."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from bot.agent.conversation import DialogueState
from bot.agent.routing import choose_intent
from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

U = repo_understander()

DATES_ASKED = [
    "Our AI course will start in January 2018. Can it be certified in this first round (the September-October 2017 "
    "applications)? And what happens if we move the start to May 2018?",
    "Our data science course starts in February 2018. Is it eligible in the first certification round?",
    "Could our IoT course be certified in the next round if it begins in June?",
    "うちのAI講座は2018年1月に開講予定です。初回の募集で認定されますか？開講を5月にずらしたらどうなりますか？",
    "データサイエンスの講座を2018年2月から開講します。第1回の認定の対象になりますか？",
    "クラウドの講座は6月開始の予定ですが、次の募集で認定を受けられますか？",
]


@pytest.mark.parametrize("text", DATES_ASKED)
def test_a_round_or_start_date_asked_without_hours_is_a_knowledge_question(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not calculators(reply) and not reply.follow_up and not reply.refused
    assert [call.name for call in reply.tool_calls] and all(c.name == "search_knowledge" for c in reply.tool_calls)


@pytest.mark.parametrize("text", DATES_ASKED)
def test_the_timing_ask_routes_to_knowledge(text: str) -> None:
    parsed = U.parse(text)
    assert choose_intent(parsed, DialogueState(), timing=True) == nlu.KNOWLEDGE


@pytest.mark.parametrize("text", [
    "Our AI course starts in April 2018: 40 hours in total, 25 hours practical. Can it be certified in the first round?",
    "AI講座を2018年4月に開講します。総時間40時間、実習25時間です。初回の募集で認定されますか？",
])
def test_with_the_hours_stated_the_course_check_still_runs(bot, text: str) -> None:
    (call,) = calculators(converse(bot, text))
    assert call.name == "reskills_course_check"
    assert call.args["total_hours"] == 40 and call.args["practical_hours"] == 25
