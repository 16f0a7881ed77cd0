"""A calculator reply in a message that also asks a knowledge question quotes the unit that answers that question.

The class: under the calculator's one supporting quote, each asking part of the message that states none of the
calculator's values ("... and do I have to buy the flight ticket by myself", "what kinds of courses can be certified?")
gets the answer selection run on it, and its best unit is quoted as a further cited line (the round-trip airline ticket
support beside the support funds; the covered fields beside the basic-IT course check). A part whose best unit is the
supporting quote ("how much in total?") adds nothing, and a calculator message with one asking part gets no extra quote.
"""

from __future__ import annotations

import re

import pytest

from bot.agent import compose
from support import converse

FUNDS_AND_TICKET = [
    "i got matched for in-person internship in japan for 60 days. how much activity support fund i receive in total? "
    "and do i have to buy the flight ticket by myself",
    "JIP in person for 60 days: how much support funds will I get? Do I need to pay for my own flight?",
    "I'm doing a 30 day in-person JIP internship. What are my total activity support funds? "
    "Also, is the airline ticket arranged for me?",
    "JIPの対面インターンシップに60日参加します。活動支援金は合計いくらですか？航空券は自分で買う必要がありますか？",
    "JIPのオンラインで30日参加します。支援金はいくらですか？航空券は用意してもらえますか？",
]

FIELDS_AND_COURSE = [
    "what kinds of courses can be certified as Re-Skills courses? we also have a basic PC and excel beginner course, "
    "can that one get certified?",
    "What kinds of courses can be certified under the Re-Skills program? Our beginner course on basic Excel, can it be "
    "certified?",
]

ONE_ASKING_PART = [
    "I got matched for an in-person JIP internship for 60 days. How much activity support fund do I receive in total?",
    "We have 40 full-time employees. How many trainees can we accept?",
    "Our Re-Skills course is 60 hours total with 30 hours of practice. Can it be certified?",
    "JIPの対面インターンシップに60日参加します。活動支援金は合計いくらですか？",
    "常勤職員は40人です。技能実習生は何人受け入れられますか？",
]


def _further_lines(answer: str) -> list[str]:
    return [line for line in answer.splitlines() if re.match(r"- \u201c.*\u201d \[\d+\]$", line)]


@pytest.mark.parametrize("text", FUNDS_AND_TICKET)
def test_the_flight_ticket_part_beside_the_funds_gets_the_airline_ticket_support(bot, text) -> None:
    reply = converse(bot, text)
    assert [c.name for c in reply.tool_calls][:1] == ["jip_support_funds"], reply.tool_calls
    assert re.search(r"\d[\d,]* yen|\d[\d,]*円", reply.answer), reply.answer[:400]
    extra = _further_lines(reply.answer)
    assert extra and re.search(r"(?i)round-trip airline tickets", extra[0]), reply.answer[:800]
    # the further quote is cited under its own marker, and the supporting quote is not repeated
    assert f"[{len(reply.citations)}]" in extra[-1] and len(reply.citations) >= 2, reply.citations
    assert not any(line.startswith("- \u201cActivity support funds") for line in extra), reply.answer[:800]


@pytest.mark.parametrize("text", FIELDS_AND_COURSE)
def test_the_fields_part_beside_the_course_check_gets_the_fields_list(bot, text) -> None:
    reply = converse(bot, text)
    assert [c.name for c in reply.tool_calls][:1] == ["reskills_course_check"], reply.tool_calls
    assert re.search(r"(?i)basic IT skill courses are excluded", reply.answer), reply.answer[:400]
    extra = _further_lines(reply.answer)
    assert extra and re.search(r"\bAI\b", extra[0]) and re.search(r"(?i)security", extra[0]), reply.answer[:1200]


@pytest.mark.parametrize("text", ONE_ASKING_PART)
def test_a_calculator_message_with_one_asking_part_gets_no_further_quote(bot, text) -> None:
    reply = converse(bot, text)
    assert reply.tool_calls, reply.answer[:400]
    assert not _further_lines(reply.answer), reply.answer[:800]


@pytest.mark.parametrize("part", ["Re-Skills講座の対象になる分野を教えてください。", "Re-Skillsの対象分野は何ですか？",
                                  "what kinds of courses can be certified as Re-Skills courses?"])
def test_the_fields_part_gets_the_fields_list_from_a_retrieval_that_holds_it(bot, retriever, part) -> None:
    """The selection side on a retrieval result that holds the fields chunk first (whether the search returns it so
    is retrieval's part): a Japanese or English fields part beside the course check quotes the fields list."""
    passages = retriever.search("Re-Skills courses fields AI IoT data science security basic IT excluded", k=5,
                                program="reskills").passages
    fields = [p for p in passages if "following fields" in p.text]
    assert fields, [p.chunk_id for p in passages]
    ordered = [*fields, *[p for p in passages if p not in fields]]
    quoted = compose.part_quotes([part], ordered, bot.selector, ["Fundamental and basic IT skill courses are excluded."])
    assert quoted and re.search(r"\bAI\b", quoted[0][1]) and re.search(r"(?i)security", quoted[0][1]), quoted


def test_a_part_whose_unit_is_the_supporting_quote_adds_nothing(bot, retriever) -> None:
    passages = retriever.search("JIP activity support funds in-person yen per day", k=5, program="jip").passages
    supporting = next(s for p in passages for s in [p.text] if "Activity support funds" in s)
    sentence = re.search(r"Activity support funds[^\n]*?\)\.", supporting)
    assert sentence, supporting[:400]
    quoted = compose.part_quotes(["how much activity support fund do I receive in total?"], passages, bot.selector,
                                 [sentence.group(0)])
    assert not quoted, quoted
