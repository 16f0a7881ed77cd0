"""A country name that is also a common word ("mali": Tagalog / Indonesian "wrong") is no nationality in a correction or
filler; "from Mali", "Malian", "Mali citizen" still are."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

U = repo_understander()

COMMON_WORD = [
    "mali po, 50 employees",
    "sorry mali, 50 employees",
    "mali po ako, 26 years old ako",
    "Mali po pala, N2 ako",
    "mali, I'm 26",
    "ay mali, 26 pala ako",
]


@pytest.mark.parametrize("text", COMMON_WORD)
def test_a_common_word_country_in_a_correction_is_no_nationality(text: str) -> None:
    assert "nationality" not in U.parse(text).slots


@pytest.mark.parametrize("text", ["I am from Mali", "I'm Malian, 25", "Mali citizen, 30 years old",
                                  "My nationality is Mali", "I'm 25 and from Mali, can I apply for JIP?",
                                  "マリ国籍の25歳です。"])
def test_the_country_said_to_be_one_is_the_nationality(text: str) -> None:
    assert U.parse(text).slots.get("nationality") == "Mali"


def test_mali_corrects_the_pending_figure(bot) -> None:
    reply = converse(bot, "We have 40 full-time employees, how many trainees can we accept?", "mali po, 50 employees")
    (call,) = calculators(reply)
    assert call.args["full_time_employees"] == 50
    assert "nationality" not in call.args


def test_mali_in_an_eligibility_conversation_keeps_the_nationality(bot) -> None:
    reply = converse(bot, "I'm Filipino and 25, can I apply for JIP?", "mali po, 26 years old ako")
    (call,) = calculators(reply)
    assert call.args.get("nationality") != "Mali"
    assert call.args.get("age") == 26
