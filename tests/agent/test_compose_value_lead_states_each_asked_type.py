"""Class: a question asking two values of different types (an age range and the date the age is counted at; a
contact and a count) gets a value lead that states each asked value the quoted unit states, each with what it is
("年齢は18〜40歳、日付は2024年8月1日"), or no value lead at all: never one of them alone, read as the answer to both.
An English reply quotes the English unit itself (no lead), which states both."""

from __future__ import annotations

import pytest

from bot.agent import compose
from bot.answers.types import StatedValue
from bot.agent.responses import default_responses
from tests.agent.each_asking_part import answered

AGE = r"18\s*(?:〜|～|to|歳から)\s*40"
DATE = r"2024年8月1日|August 1, 2024"


@pytest.mark.parametrize("turns", [
    ["JIPの語学の条件を教えてください。", "年齢制限もありますか？何歳から何歳までで、いつ時点の年齢で判断されますか？"],
    ["JIPの年齢条件は何歳から何歳までですか？いつ時点の年齢で見るのかも教えてください。"],
    ["Japan Internship Program: is there an age limit? From what age to what age, and as of which date?"],
    ["What are the JIP language requirements?", "Is there an age limit too? How old can applicants be, and as of "
     "which date is the age counted?"],
])
def test_each_asked_value_is_in_the_lead_or_none_is(bot, turns: list[str]) -> None:
    answer = answered(bot, turns, AGE, DATE)
    lead = answer.split("\n\n")[0]
    if lead.startswith("資料によると"):
        import re

        assert re.search(AGE, lead) and re.search(DATE, lead), lead


@pytest.mark.parametrize("lang, expected", [
    ("ja", ["年齢は18〜40歳", "日付は2024年8月1日"]),
    ("en", ["the age as 18 to 40 years old", "the date as August 1, 2024"]),
])
def test_values_of_two_types_are_each_said_with_what_they_are(lang: str, expected: list[str]) -> None:
    values = [StatedValue("number", {"n": "18", "n2": "40"}, "age_range"),
              StatedValue("date", {"month": "August", "day": "1", "year": "2024"}, "date")]
    quote = "In principle, those who are 18 to 40 years old as of August 1, 2024."
    if lang == "en":
        quote = "原則として、2024年8月1日時点で18歳から40歳までの方。"
    lead = compose._value_lead(values, quote, default_responses(), lang)
    for part in expected:
        assert part in lead, lead


def test_a_value_that_cannot_be_said_leaves_no_lead() -> None:
    """(a value of one asked type the catalog cannot say: no lead stating the other alone)"""
    values = [StatedValue("number", {"n": "18", "n2": "40"}, "no_such_render"),
              StatedValue("date", {"month": "August", "day": "1", "year": "2024"}, "date")]
    assert compose._value_lead(values, "those who are 18 to 40 years old as of August 1, 2024.",
                               default_responses(), "ja") == ""
