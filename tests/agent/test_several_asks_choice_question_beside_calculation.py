"""Class: a second ask beside a calculation, asked as a yes/no question offering two choices ("..., and do they send me
a laptop or do I use mine?", 「パソコンは送ってもらえるのか、自分のを使うのか」), is an ask of its own: searched on its own
beside the calculator and answered under the calculated answer, whatever words it uses."""

from __future__ import annotations

import pytest
from support import converse

from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("text", [
    "I got an online internship for 45 days from home (Lima, Peru). How much activity support money will I get in "
    "total, and do they send me a laptop or do I use mine?",
    "Online JIP internship, 30 days. How much support money in total, and will they provide a computer or should I "
    "bring my own?",
    "JIPのオンラインインターンシップで45日間です。活動支援金は合計いくらですか、パソコンは送ってもらえるのか、自分のを使うのか。",
])
def test_a_choice_question_beside_the_funds_is_searched_and_answered(bot, text: str) -> None:
    reply = converse(bot, text)
    funds = calls_named(reply, "jip_support_funds")
    assert funds and funds[0].args["mode"] == "online", reply.tool_calls
    searches = [c.args["query"] for c in calls_named(reply, "search_knowledge")]
    assert any(w in q.lower() for q in searches for w in ("laptop", "computer", "パソコン")), searches
    assert any(w in reply.answer for w in ("program office", "プログラム事務局", "事務局", "consultation")), reply.answer


@pytest.mark.parametrize("text", [
    "We have 18 hours of labs and do 22 hours of lectures. Is that enough for Re-Skills?",
    "How many trainees can we take with 45 full-time staff?",
])
def test_no_choice_question_is_read_where_none_is_asked(bot, text: str) -> None:
    reply = converse(bot, text)
    assert len(calls_named(reply, "search_knowledge")) <= 1, reply.tool_calls
