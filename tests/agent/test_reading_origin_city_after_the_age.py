"""Class: the user's city of origin said after their age in a list of facts ("I'm 31, from Pune", "I am 25 years old
and from Lagos") gives the nationality as an assumption, like "I'm from Pune"; a city in Japan says nothing."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of


@pytest.mark.parametrize("text,country", [
    ("I'm 31, from Pune, still living in Pune, english fluent. can i apply to JIP?", "India"),
    ("I am 25 years old and from Lagos. am i eligible for jip?", "Nigeria"),
    ("im 27 yrs old, from Kathmandu, N3. can i apply for JIP?", "Nepal"),
])
def test_origin_city_after_the_age(text: str, country: str) -> None:
    slots = slots_of(text)
    assert slots.get("nationality") == country
    assert isinstance(slots.get("age"), int)


def test_a_city_in_japan_after_the_age_gives_no_nationality() -> None:
    assert "nationality" not in slots_of("I'm 30, from Osaka. can i apply to jip?")


def test_the_nationality_reaches_the_check(bot) -> None:
    reply = converse(bot, "I did the JIP online internship in FY2022. I'm 31, from Pune, still living in Pune, "
                          "english fluent. Can I apply again?")
    calls = calls_named(reply, "jip_eligibility")
    assert calls and calls[-1].args.get("nationality") == "India"
    assert calls[-1].args.get("age") == 31
