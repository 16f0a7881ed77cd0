"""Asks the documents answer beside an ask about a subject no document states: each answered, the other said unstated.

The class: a knowledge message of several asks (each searched on its own) where one or more asks are about a subject
no document mentions (a tax on the support funds, bringing a spouse along: knowledge_plan.unstated_subject) and the
others are answered by their own search. Before, the whole message was refused with the wrong kind ("a salary or wage")
or the unstated ask was answered by a neighbouring line. Now each answered ask gets its unit, the unstated subject is
named in its own line, and the reply is no refusal, in whichever order the asks come.
"""

from __future__ import annotations

import re

import pytest

from support import converse

MIXED = [
    ("What is the age limit for JIP? And do interns pay income tax on the support funds?",
     r"18 to 40", r"do not mention tax"),
    ("Do JIP interns have to pay income tax? And what is the age limit?", r"18 to 40", r"do not mention tax"),
    ("What is the age limit for JIP? And can I bring my wife?", r"18 to 40", r"do not mention bringing family"),
    ("JIPの支援金に所得税はかかりますか？あと、対面の場合の支援金は1日いくらですか？", r"3,000", r"税金"),
    ("JIPの年齢制限は何歳までですか？それと、妻を日本に連れて行けますか？", r"40", r"家族"),
]


@pytest.mark.parametrize(("text", "answered", "unstated"), MIXED)
def test_each_answered_ask_is_answered_and_the_unstated_subject_named(bot, text, answered, unstated) -> None:
    reply = converse(bot, text)
    assert re.search(answered, reply.answer), reply.answer[:600]
    assert re.search(unstated, reply.answer), reply.answer[:600]
    assert not reply.refused, reply.answer[:300]


@pytest.mark.parametrize("text", [
    "Do JIP interns pay income tax on the support funds? And do they pay resident tax?",
    "JIPの支援金に所得税はかかりますか？住民税はどうですか？",
])
def test_every_ask_about_an_unstated_subject_is_still_refused_whole(bot, text) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer[:300]
