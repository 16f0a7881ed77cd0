"""Class: asks announced and then listed as noun phrases in one sentence ("I need two details on the system: the year it
was established, and the condition under which ...", "the following about ...: A; B") are each an ask: each is searched
on its own (with what the announcement names) and answered by its own unit, in order. A sentence that lists nothing
after its colon, or only one item, is one ask."""

from __future__ import annotations

import re

import pytest

from tests.agent.each_asking_part import answered
from tests.agent.reading_checks import calls_named

YEAR = r"1993"
FIVE_YEARS = r"(?i)excellent[^.]{0,60}supervis"


@pytest.mark.parametrize("question", [
    "For an internal memo I need two details on the Foreign Technical Internship System: the year it was established, "
    "and the condition under which training can run for the full five years.",
    "Two things about the Foreign Technical Internship System: the year it was established and the condition under which "
    "training can run for the full five years.",
    "I'd like the following about technical intern training: the year the system was established; the condition under "
    "which training can last five years.",
])
def test_each_listed_ask_is_answered(bot, question: str) -> None:
    answer = answered(bot, question, YEAR, FIVE_YEARS)
    assert re.search(YEAR, answer).start() < re.search(FIVE_YEARS, answer).start(), answer


def test_each_listed_ask_is_searched_with_the_subject_announced(bot) -> None:
    question = ("Two questions on the Japan Internship Program: the age limit, and the daily activity support for "
                "online internships.")
    reply = bot.reply(bot.new_conversation(), question)
    queries = [call.args["query"] for call in calls_named(reply, "search_knowledge")]
    assert len(queries) == 2, queries
    assert queries[0].endswith("the age limit") and "Japan Internship Program" in queries[0], queries
    assert queries[1].endswith("the daily activity support for online internships."), queries
    assert re.search(r"18 to 40", reply.answer) and re.search(r"1,000 yen", reply.answer), reply.answer


@pytest.mark.parametrize("part, items", [
    ("I need two details on the system: the year it was established, and the condition for five years.",
     ["the year it was established", "the condition for five years."]),
    ("Please tell me the following: the age limit; the daily support.", ["the age limit", "the daily support."]),
    ("One thing about JIP: the age limit.", []),
    ("What is the age limit, and how much is the support?", []),
])
def test_the_listed_items_are_read_from_the_pack(part: str, items: list[str]) -> None:
    from bot.agent.knowledge_plan import listed_asks
    from tests.knowledge import repo_understander

    assert listed_asks(part, repo_understander().pack("en")) == items
