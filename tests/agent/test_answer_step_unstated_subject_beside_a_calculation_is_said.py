"""An ask about a subject no document states beside a calculation is said to be unstated, never left without a word.

The class: a calculator message (a quota, JIP support funds, a JIP eligibility check) with a further ask about a
subject the documents never mention (withholding income tax, resident tax, bringing a spouse along:
knowledge_plan.unstated_subject). Before, the calculation answered and the further ask got no word at all. Now a line
after the calculation's quote says the documents do not mention that subject, naming it by the user's words; the
calculation still runs and the reply is no refusal.
"""

from __future__ import annotations

import re

import pytest

from support import converse

BESIDE = [
    ("We have 30 full-time staff. How many trainees can we take? And do we have to withhold income tax for them?",
     "trainee_quota", r"do not mention tax"),
    ("常勤30人です。実習生は何人受け入れられますか？あと、実習生の住民税はどうなりますか？", "trainee_quota", r"税金"),
    ("I'm 30, Vietnamese, living in Hanoi, JLPT N2. Can I apply for JIP? Also can I bring my wife?",
     "jip_eligibility", r"do not mention bringing family"),
    ("JIPで対面45日の場合、支援金はいくら？あと、所得税はかかりますか？", "jip_support_funds", r"税金"),
]


@pytest.mark.parametrize(("text", "tool", "unstated"), BESIDE)
def test_the_unstated_subject_beside_a_calculation_is_named(bot, text, tool, unstated) -> None:
    reply = converse(bot, text)
    assert tool in [c.name for c in reply.tool_calls], reply.tool_calls
    assert re.search(unstated, reply.answer), reply.answer[-800:]
    assert not reply.refused


@pytest.mark.parametrize("text", [
    "We have 30 full-time staff. How many trainees can we take?",
    "JIPで対面45日の場合、支援金はいくら？",
])
def test_a_calculation_alone_says_nothing_unstated(bot, text) -> None:
    reply = converse(bot, text)
    assert "do not mention" not in reply.answer and "記載はありません" not in reply.answer, reply.answer
