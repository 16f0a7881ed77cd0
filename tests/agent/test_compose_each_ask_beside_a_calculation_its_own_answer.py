"""Each knowledge ask beside a calculation is searched and answered on its own, under the calculated answer, and not
by the calculator's supporting quote: a second wh-question joined by ", and" ("how many ... at once, and what is the
longest a trainee can stay?"), asks of a numbered list beside an eligibility check ("2) can I apply for both ... 3) who
decides ...?"), whose list numbers are no values."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("question, tool, args, pattern", [
    ("We are a sheet metal factory in Gifu, 75 regular full-time staff, normal implementing organization (not "
     "excellent). Two questions: how many first-year trainees can we have at once, and what is the longest a trainee "
     "can stay in the system in total?", "trainee_quota", {"full_time_employees": 75, "excellent": False},
     r"(?i)\b(5|five)[- ]years?"),
    ("Our kumiai told us trainees can stay up to five years but our neighbour company says only three. When was the "
     "technical intern system started, and what exactly is the condition for the 5 year maximum? We make plastic "
     "molded parts, 60 people.", "trainee_quota", {"full_time_employees": 60}, r"1993"),
    ("We have 40 full-time staff. How many trainees can we take, and when did the technical intern system start?",
     "trainee_quota", {"full_time_employees": 40}, r"1993"),
    ("常勤職員は75名です（優良ではありません）。1号の実習生は何人まで受け入れられますか？また、技能実習は最長で何年いられますか？",
     "trainee_quota", {"full_time_employees": 75, "excellent": False}, r"最長5年"),
])
def test_a_knowledge_ask_beside_a_calculation_gets_its_own_answer(bot, question: str, tool: str, args: dict,
                                                                  pattern: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    calls = calls_named(reply, tool)
    assert calls and all(calls[0].args.get(k) == v for k, v in args.items()), reply.tool_calls
    assert re.search(pattern, reply.answer), reply.answer


def test_numbered_asks_beside_an_eligibility_check_get_their_own_answers(bot) -> None:
    reply = converse(bot, "Hello. I'm Kenyan (Kenya passport) but currently living and working in Berlin, Germany for 3 "
                          "years as logistics coordinator. I am 31. No JLPT at all but my English is fluent, it's my "
                          "working language. Some questions: 1) can I apply even if I live in Germany and not in Kenya? "
                          "2) can I apply for both the in-person and the online internship at the same time? 3) who "
                          "decides which company I will go to?")
    assert not reply.refused, reply.answer
    call = calls_named(reply, "jip_eligibility")[0]
    assert call.args["nationality"] == "Kenya" and call.args["age"] == 31, call.args
    assert re.search(r"(?i)apply for both", reply.answer), reply.answer
    assert re.search(r"(?i)matching", reply.answer) and re.search(r"(?i)interview", reply.answer), reply.answer


def test_a_list_number_is_no_value_of_its_ask() -> None:
    from bot.agent.several_asks import unmarked
    from bot.agent.steps import Turn
    from tests.knowledge import repo_understander

    turn = Turn(repo_understander())
    assert unmarked("3) can I apply to online and in-person both at same time?", turn) == \
        "can I apply to online and in-person both at same time?"
    assert unmarked("(2) how much support money?", turn) == "how much support money?"
    assert unmarked("how much for 3 days?", turn) == "how much for 3 days?"
