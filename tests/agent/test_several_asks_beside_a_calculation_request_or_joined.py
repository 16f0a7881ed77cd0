"""Class: every ask of a message that also asks for a calculation gets its own answer, when the calculation is
requested without a question mark (「講座の認定要件のチェックをお願いします。…あと、…締切日はいつでしたか？」,
「…をチェックして、申請の締切日も教えてください」: the one question beside it is searched on its own) and when two asks
share one sentence and its request (「活動支援金の総額と、日本語が話せないと応募できないのかを教えてください」, "tell me
the total ... and whether ..."): the calculator runs on the figures typed and the other ask is searched and quoted."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calls_named

DEADLINE = r"October 28|10月28日"
LANGUAGE = r"N3"


def _searched_for(reply, words: str) -> bool:
    return any(words in call.args.get("query", "") for call in calls_named(reply, "search_knowledge"))


@pytest.mark.parametrize(("question", "ask"), [
    ("講座の認定要件のチェックをお願いします。総時間40時間、うち実習・演習が24時間です。あと、2017年の最初の募集の締切日はいつでしたか？",
     "締切日はいつでしたか"),
    ("Re-Skills講座の認定のチェックをお願いします。全体で40時間、演習が24時間です。それと、最初の募集の締切はいつでしたか？",
     "締切はいつでしたか"),
    ("Please check our course for Re-Skills certification. It is 40 hours in total, 24 of them hands-on exercises. "
     "Also, when was the deadline of the first call in 2017?", "when was the deadline"),
    # the check and the other ask in one sentence
    ("総時間40時間、うち演習24時間の講座です。Reスキルの要件をチェックして、申請の締切日も教えてください。", "締切日も教えて"),
    ("Our course is 40 hours in total with 24 hours of exercises. Please check it for Re-Skills and tell me when the "
     "first application period ended.", "when the first application period ended"),
])
def test_a_question_beside_a_requested_calculation_is_searched_and_answered(bot, question: str, ask: str) -> None:
    reply = converse(bot, question)
    check = calls_named(reply, "reskills_course_check")
    assert check and check[0].args["total_hours"] == 40 and check[0].args["practical_hours"] == 24, reply.tool_calls
    assert _searched_for(reply, ask), reply.tool_calls
    assert re.search(DEADLINE, reply.answer), reply.answer
    assert not reply.refused


@pytest.mark.parametrize(("question", "days", "total"), [
    ("JIPの対面インターン（２０日間）を考えています。活動支援金の総額と、日本語が話せないと応募できないのかを教えてください。"
     "英語は仕事で毎日使っています。", 20, r"60,000円"),
    ("20日間の対面のJIPインターンに参加予定です。支援金はいくらになるかと、英語だけで応募できるかどうかを知りたいです。", 20,
     r"60,000円"),
    ("I'm thinking of a 20-day in-person JIP internship. Please tell me the total activity support funds and whether I "
     "can apply if I can't speak Japanese.", 20, r"60,000 yen"),
    ("I'm joining a 15-day in-person JIP internship. Tell me how much the activity support funds come to and whether "
     "the JLPT is required.", 15, r"45,000 yen"),
])
def test_two_asks_joined_in_one_sentence_are_each_answered(bot, question: str, days: int, total: str) -> None:
    reply = converse(bot, question)
    funds = calls_named(reply, "jip_support_funds")
    assert funds and funds[0].args == {"mode": "in_person", "days": days}, reply.tool_calls
    assert re.search(total, reply.answer), reply.answer
    assert re.search(LANGUAGE, reply.answer), reply.answer
    assert not reply.refused


def test_one_question_beside_the_figures_is_the_calculations_own(bot) -> None:
    # the figures and one question about them: no search of its own (the calculation answers it)
    reply = converse(bot, "総時間40時間、うち実習・演習が24時間です。Reスキル講座として認定されますか？")
    assert calls_named(reply, "reskills_course_check")
    assert len(calls_named(reply, "search_knowledge")) <= 1, reply.tool_calls
