"""A past participation told as a story with its year ("I actually did the online JIP back in FY2022 with a small
company in Fukuoka") is a participation in that fiscal year: the eligibility check gets the year and says the
applicant cannot join again."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import calls_named, slots_of
from support import converse

PRIYA = ("Hello!! My name is Priya, I am from Chennai, India and I'm 29. I work as a data analyst at a logistics firm "
         "here and honestly I love it but I want more international exposure. I actually did the online JIP back in "
         "FY2022 with a small company in Fukuoka, it was such a great experience and my manager there still sends me "
         "new year cards :) My English is fluent (I did my masters in English) but I have no JLPT. Can I apply again "
         "for the FY2024 in-person internship?")


@pytest.mark.parametrize("text,years", [
    ("I actually did the online JIP back in FY2022 with a small company in Fukuoka.", [2022]),
    ("I did the JIP in 2021 with a startup in Osaka, it was great.", [2021]),
    ("We completed the in-person Japan Internship Program in FY2023 at a factory in Aichi.", [2023]),
], ids=["did-the-online-jip-back-in", "did-the-jip-in", "completed-the-in-person-program"])
def test_the_year_is_read(text: str, years: list[int]) -> None:
    assert slots_of(text).get("participated_fiscal_years") == years


def test_the_check_gets_the_year_and_says_not_eligible(bot) -> None:
    reply = converse(bot, PRIYA)
    calls = calls_named(reply, "jip_eligibility")
    assert calls and calls[-1].args["participated_fiscal_years"] == [2022]
    assert "not eligible" in reply.answer.lower() or "cannot" in reply.answer.lower()
