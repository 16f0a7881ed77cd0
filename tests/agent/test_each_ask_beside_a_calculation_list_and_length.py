"""Class: beside a calculation, each other ask of the message gets its own answer.

1. An ask of a list no calculator gives (the fields a Re-Skills course may cover, 「対象になる分野を教えてください」) is
   searched and answered on its own even when it names the calculator (Re-Skills講座) or reads as an eligibility ask
   (対象になる): the course check answers only the course asked about.
2. An ask's own search whose unit states nothing it asks ("which kinds of courses can get Re-Skills certification?" ->
   the acceptance period) leaves it to all the passages (the fields).
3. A numbered ask of a length ("2) What is the maximum total number of years one trainee can stay?") beside a quota
   is answered by the maximum period, not by the quota's passages.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named

FIELDS = (r"(?i)\bAI\b", r"(?i)security")


@pytest.mark.parametrize("question", [
    "Re-Skills講座の対象になる分野を教えてください。それと、Excelの基本操作みたいな初心者向けのIT研修でも認定ってもらえますか？",
    "うちは社会人向けの研修会社です。Re-Skills講座の対象になる分野を一通り挙げてもらえますか？あと、新人向けの基礎的なITリテラシー講座でも"
    "認定の対象になりますか？",
    "which kinds of courses can get Re-Skills certification? we have an 'Office PC basics and Excel for beginners' "
    "course, could that one qualify too?",
])
def test_the_fields_asked_beside_a_course_check_are_listed(bot, question: str) -> None:
    import re

    reply = converse(bot, question)
    assert calls_named(reply, "reskills_course_check"), reply.tool_calls
    assert calls_named(reply, "reskills_course_check")[0].args.get("basic_it_only") is True
    for pattern in FIELDS:
        assert re.search(pattern, reply.answer), (pattern, reply.answer)
    assert "September 15, 2017, to Saturday" not in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "Two questions. We have 64 full-time employees at our bakery factory. 1) How many first-year trainees can we "
    "have at once? 2) What is the maximum total number of years one trainee can stay in technical intern training?",
    "We have 64 full-time employees. How many No.1 trainees can we accept, and what is the maximum number of years a "
    "trainee can stay?",
])
def test_the_length_asked_beside_a_quota_is_the_maximum_period(bot, question: str) -> None:
    reply = converse(bot, question)
    quota = calls_named(reply, "trainee_quota")
    assert quota and quota[0].args["full_time_employees"] == 64, reply.tool_calls
    assert "The maximum period is 5 years" in reply.answer, reply.answer


@pytest.mark.parametrize("question", [
    "halo! i am indonesian, 22 years old, student of informatics in jakarta (still living with my parents here). JLPT "
    "N3. never joined before. 1. am i eligible for JIP? 2. if i choose the online internship, where do i work from, "
    "must i go to some office?",
    "I'm from Vietnam, 25, JLPT N2, living in Hanoi. 1. Can I apply for JIP? 2. For the online internship, where do I "
    "work from?",
])
def test_a_numbered_ask_beside_an_eligibility_check_is_answered(bot, question: str) -> None:
    """An ask numbered "2." is read without its number (no age 2) and answered by its own unit (home workspace)."""
    reply = converse(bot, question)
    check = calls_named(reply, "jip_eligibility")
    assert check and check[0].args["age"] in (22, 25), reply.tool_calls
    assert "home workspace" in reply.answer, reply.answer
