"""Class: numbered asks beside a calculation ("1) am i eligible for JIP? 2) do they pay for the flights and where would
i stay?") are each answered by their own unit: the check runs on the figures typed, the numbered item on a subject of
its own is searched and quoted (the airline tickets, the accommodation), the eligibility item is the verdict's (the
whole requirement list is not quoted for it again), and a further ask whose own unit is the supporting quote already
shown ("what do I need to get from my university?") is not answered a second time by the list holding it."""

from __future__ import annotations

import re

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("question", [
    "bangladeshi final-year student at dhaka university, 24, JLPT N3, living in dhaka. 1) am i eligible for METI JIP? "
    "2) do they pay for the flights and where would i stay?",
    "I'm from Vietnam, 25, a graduate student in Hanoi with JLPT N3. 1) can I apply for JIP? 2) do they pay for the "
    "flights? 3) where would I stay?",
    "ベトナム国籍、25歳、ハノイ在住の大学院生で、JLPT N3です。①JIPに応募できますか？②航空券は出ますか？③宿泊先はどうなりますか？",
])
def test_numbered_asks_beside_the_check_are_each_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    check = calls_named(reply, "jip_eligibility")
    assert check and check[0].args["jlpt_level"] == "N3", reply.tool_calls
    assert re.search(r"(?i)round-trip airline tickets|往復航空券", reply.answer), reply.answer
    assert re.search(r"(?i)accommodation|宿泊", reply.answer), reply.answer
    assert "Applicants must meet all the following" not in reply.answer, reply.answer
    assert not reply.refused


@pytest.mark.parametrize("question", [
    "Hello! I'm Kenyan, 26, a final-year student at the University of Nairobi and I live in Nairobi. English is fluent, "
    "no JLPT. Am I eligible for JIP, and what do I need to get from my university to apply?",
    "I'm Indian, 23, a final-year student in Delhi, fluent in English. Can I apply for JIP? Also, what do I need from "
    "my university?",
])
def test_the_student_item_is_quoted_once(bot, question: str) -> None:
    reply = converse(bot, question)
    assert calls_named(reply, "jip_eligibility"), reply.tool_calls
    assert reply.answer.count("certificate of enrollment") == 1, reply.answer
    assert re.search(r"(?i)recommendation", reply.answer), reply.answer
