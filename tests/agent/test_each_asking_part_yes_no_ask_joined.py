"""Class: a knowledge message of several asks in one sentence, one of them a yes/no question joined by ", and" ("when was
the system established, and can every company keep a trainee for five years?") or by a comma alone between other asks
("how much is the support per day, can chinese nationals apply, and who gives the laptop?"): each ask is searched on
its own and answered; a yes/no ask beside a calculation ("..., and would our course ... qualify?") is the calculation's,
the knowledge ask before it gets its own unit."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calculators, calls_named
from tests.knowledge import repo_understander


@pytest.mark.parametrize("text, asks", [
    ("when was the foreign technical internship system established, and can every company keep a trainee for five "
     "years?", ["when was the foreign technical internship system established", "can every company keep"]),
    ("What is the age limit, and do we have to pay for the flights?", ["What is the age limit", "do we have"]),
    ("quick ones about JIP: how much is the in-person support per day, can chinese nationals apply, and who gives the "
     "laptop for online interns?", ["quick ones about JIP: how much is the in-person support per day",
                                    "can chinese nationals apply", "who gives the laptop"]),
    ("how long is the internship, can students join, and when is the deadline?",
     ["how long is the internship", "can students join", "when is the deadline"]),
])
def test_a_yes_no_ask_joined_in_one_sentence_is_cut(text: str, asks: list[str]) -> None:
    pieces = repo_understander().pack("en").act_split("knowledge_joined_ask", text)
    assert len(pieces) == len(asks), pieces
    for piece, ask in zip(pieces, asks):
        assert piece.startswith(ask), pieces


@pytest.mark.parametrize("text", [
    "Hi, can I apply for JIP?",
    "If I am 30, can I apply?",
    "For an online internship of 45 days, how much is the support?",
])
def test_a_comma_before_the_only_question_cuts_nothing(text: str) -> None:
    assert repo_understander().pack("en").act_split("knowledge_joined_ask", text) == [text]


@pytest.mark.parametrize("question", [
    "when was the foreign technical internship system established, and can every company keep a trainee for five "
    "years?",
    "When did the technical intern system start, and can any company keep its trainees for five years?",
])
def test_the_year_and_the_five_year_condition_are_both_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "1993" in reply.answer, reply.answer
    assert re.search(r"(?i)five\s+years|5\s+years", reply.answer), reply.answer
    assert re.search(r"(?i)excellent", reply.answer), reply.answer
    assert len(calls_named(reply, "search_knowledge")) >= 2, reply.tool_calls


@pytest.mark.parametrize("question", [
    "quick ones about JIP: how much is the in-person support per day, can chinese nationals apply, and who gives the "
    "laptop for online interns?",
    "About JIP: how much is the daily support for in-person interns, can chinese nationals apply, and who provides the "
    "PC for online interns?",
])
def test_three_asks_in_one_sentence_each_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "3,000 yen" in reply.answer, reply.answer
    assert re.search(r"(?i)Chin", reply.answer), reply.answer
    assert re.search(r"(?i)program office", reply.answer), reply.answer


@pytest.mark.parametrize("question", [
    "two things: what was the application window for the first Re-Skills certification round, and would our course "
    "with 40 practical hours out of 100 total qualify?",
    "what was the acceptance period for the first Re-Skills round, and would our course with 40 practical hours out of "
    "100 total hours qualify?",
])
def test_a_knowledge_ask_before_a_yes_no_check_gets_its_unit(bot, question: str) -> None:
    reply = converse(bot, question)
    checks = calculators(reply)
    assert [c.name for c in checks] == ["reskills_course_check"], reply.tool_calls
    assert checks[0].args["practical_hours"] == 40 and checks[0].args["total_hours"] == 100, checks[0].args
    assert re.search(r"October 28|2017-10-28", reply.answer), reply.answer
