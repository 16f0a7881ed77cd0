"""A follow-up that adds a fact to the check just answered ("oh wait, I forgot to mention: I already did an online
internship with a Japanese company through this same program in fiscal year 2022. Does that matter?"): the check runs
again with the new value and the values given before. A participation's year is read wherever the sentence says it
(after a long description of the internship, or first: "back in FY2022 I did ..."). Before, en6d-13's follow-up read
no year (it stood too far after "did an online internship") and was refused."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

FIRST = ("Hello! I'm from Kenya, thirty one years old, living in Mombasa. English is my working language. Do I meet "
         "the requirements for the METI internship?")

FOLLOW_UPS = [
    ("oh wait, I forgot to mention: I already did an online internship with a Japanese company through this same "
     "program in fiscal year 2022. Does that matter?", [2022]),
    ("Oh I forgot to mention that back in fiscal year 2022 I did an online internship with a Japanese company through "
     "this same program.", [2022]),
    ("In FY2022 I already participated in this program online. Does that matter?", [2022]),
    ("By the way, I also joined JIP back in FY2022 as an online intern. Is that a problem?", [2022]),
    ("Also, I forgot to say I participated in this program in 2021.", [2021]),
    ("そういえば、2022年度にこのプログラムにオンラインで参加したことがあります。関係ありますか？", [2022]),
]


@pytest.mark.parametrize(("text", "years"), FOLLOW_UPS)
def test_the_participation_year_is_read(text: str, years: list[int]) -> None:
    assert UNDERSTANDER.parse(text).slots.get("participated_fiscal_years") == years


@pytest.mark.parametrize(("text", "years"), FOLLOW_UPS)
def test_the_pending_check_runs_again_with_the_added_fact(bot, text: str, years: list[int]) -> None:
    reply = converse(bot, FIRST, text)
    assert not reply.refused
    calls = calls_named(reply, "jip_eligibility")
    assert len(calls) == 1, reply.tool_calls
    args = calls[0].args
    assert args["participated_fiscal_years"] == years
    assert (args["nationality"], args["age"], args["residing_in_japan"]) == ("Kenya", 31, False)
    assert args["english_proficient"] is True


def test_a_year_of_something_else_before_the_participation_is_not_its_year() -> None:
    parsed = UNDERSTANDER.parse("I will apply in 2024 and I participated in this program in 2019")
    assert parsed.slots.get("participated_fiscal_years") == [2019]
