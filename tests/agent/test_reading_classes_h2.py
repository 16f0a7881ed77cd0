"""Reading classes of the lead's probes after batch h, each stated over several phrasings (EN and JA where it applies):

4. a verdict the facts given already decide ("you cannot apply": excluded nationality, living in Japan) asks no
   follow-up for facts that could not change it; an open verdict still asks;
5. a country name that is also a common word ("mali": Tagalog / Indonesian "wrong") is no nationality in a
   correction or filler; "from Mali", "Malian", "Mali citizen" still are.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

U = repo_understander()


def calls(reply) -> list:
    return [c for c in reply.tool_calls if c.name != "search_knowledge"]


# --- 4. a decided verdict asks nothing more -------------------------------------------------------------------

DECIDED_NO = [
    "I am Chinese and 25 years old, can I apply for the Japan Internship Program?",
    "I live in Japan and I'm 30, can I join JIP?",
    "I'm 45 years old and from Kenya. Can I apply for JIP?",
    "中国籍の25歳です。JIPに応募できますか？",
    "日本に住んでいる30歳です。JIPに応募できますか？",
]


@pytest.mark.parametrize("text", DECIDED_NO)
def test_a_decided_no_asks_for_nothing_more(bot, text: str) -> None:
    reply = converse(bot, text)
    (call,) = calls(reply)
    assert call.name == "jip_eligibility"
    assert reply.follow_up is None


@pytest.mark.parametrize("text", ["I'm from Kenya and 25, can I apply for JIP?",
                                  "ケニア国籍の25歳です。JIPに応募できますか？"])
def test_an_open_verdict_still_asks(bot, text: str) -> None:
    reply = converse(bot, text)
    assert calls(reply)[0].name == "jip_eligibility"
    assert reply.follow_up


# --- 5. "mali" ----------------------------------------------------------------------------------------------

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
    (call,) = calls(reply)
    assert call.args["full_time_employees"] == 50
    assert "nationality" not in call.args


def test_mali_in_an_eligibility_conversation_keeps_the_nationality(bot) -> None:
    reply = converse(bot, "I'm Filipino and 25, can I apply for JIP?", "mali po, 26 years old ako")
    (call,) = calls(reply)
    assert call.args.get("nationality") != "Mali"
    assert call.args.get("age") == 26
