"""Class: an ask beside a calculation is answered on its own however it is written: its subject set before it with no
question mark ("and the flight ticket, do they pay or i need to buy by myself"), a request to be told of a subject no
other part names (「支援金の額と、オンラインの場合のPCの扱いを教えて」), or a rule asked in the calculator's program without
naming it ("what share of training time must be required work under the internship system?" beside a trainee quota)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("question", [
    "hello!! i got email that maybe i can join the in-person internship in japan (still waiting for interview with the "
    "company). if it is 40 days in person how much activity support money i will get? and the flight ticket, do they "
    "pay or i need to buy by myself, because ticket from lagos is very expensive",
    "I will do the JIP in-person internship for 30 days, how much activity support money is that? and the plane "
    "ticket, do they pay or do I buy it myself",
])
def test_a_fronted_choice_ask_without_a_question_mark_is_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    funds = calls_named(reply, "jip_support_funds")
    assert funds and funds[0].args["mode"] == "in_person", reply.tool_calls
    assert "round-trip airline tickets" in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "ホテルを経営しています。JIPのオンラインインターンを30日受け入れる予定です。支援金の額と、オンラインの場合のPCの扱いを教えて。",
    "JIPのオンラインインターンを20日間受け入れます。活動支援金の総額と、オンラインの場合のパソコンの扱いを教えてください。",
])
def test_a_request_to_be_told_of_its_own_subject_is_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    funds = calls_named(reply, "jip_support_funds")
    assert funds and funds[0].args["mode"] == "online", reply.tool_calls
    assert "program office" in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "Two things: (1) our plastic molding plant has 35 full-time employees, standard organization — how many No.1 "
    "trainees? (2) what share of training time must be required work under the internship system?",
    "We have 35 full-time employees, standard organization: how many No.1 trainees can we take? Also, what share of "
    "training time must be required work under the internship system?",
])
def test_a_rule_asked_in_the_calculators_program_is_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    quota = calls_named(reply, "trainee_quota")
    assert quota and quota[0].args["full_time_employees"] == 35, reply.tool_calls
    assert "Required work: At least 50%" in reply.answer, reply.answer


def test_a_yes_no_ask_of_the_calculation_stays_its_own(bot) -> None:
    reply = converse(bot, "We have 40 full-time staff. If we become excellent, how many trainees can we take? And can "
                          "we take No.3?")
    assert [c.name for c in reply.tool_calls].count("search_knowledge") == 1, reply.tool_calls
