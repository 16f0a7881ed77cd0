"""A NEGATED occupation is not that occupation (pack ``negation`` ``slots``: ``special_case``, ``occupation``).

The class: 「食品製造業です（建設ではありません）」 named construction only to deny it, and the quota was declined as the
construction case (ja7g-14); "we're not a construction company", "(not nursing care)" likewise. A negated occupation
sets no special case (nor nursing care, negated, its case); the occupation stated plainly is kept.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

NEGATED_CONSTRUCTION = [
    "食品製造業です（建設ではありません）。常勤30人です。実習生は何人？",
    "建設業ではなく食品製造業です。常勤30人。実習生の枠は？",
    "うちは建設じゃないです。常勤30人、実習生は何人まで？",
    "We make food, we're not a construction company. 30 full-time staff, how many trainees?",
    "Our company is not in construction, it's metal parts. 30 full-time staff, how many trainees?",
    "our field isn't construction. 30 full-time. trainees?",
]


@pytest.mark.parametrize("text", NEGATED_CONSTRUCTION, ids=[f"{i}" for i in range(len(NEGATED_CONSTRUCTION))])
def test_a_negated_construction_is_no_construction_case(text: str) -> None:
    slots = slots_of(text)
    assert "special_case" not in slots
    assert slots.get("full_time_employees") == 30


@pytest.mark.parametrize("text", [
    "We are a metal factory (not nursing care), 30 full-time staff. How many trainees?",
    "介護ではなく製造業です。常勤30人。実習生は何人？",
], ids=["en", "ja"])
def test_a_negated_nursing_care_is_no_nursing_care(text: str) -> None:
    assert slots_of(text).get("occupation") in (None, "general")


@pytest.mark.parametrize("text", [
    "We are a construction company, 30 full-time staff. How many trainees?",
    "建設会社です。常勤30人。実習生は何人？",
    "We're not a food plant, we are a construction company. 30 full-time. Trainees?",
], ids=["en", "ja", "en-other-negated"])
def test_a_construction_stated_plainly_stays(text: str) -> None:
    assert slots_of(text).get("special_case") == "construction"


def test_the_quota_is_computed_for_the_occupation_denied_as_construction(bot) -> None:
    reply = converse(bot, "食品製造業です（建設ではありません）。正社員は31名です。実習生の1号・2号の枠を知りたいです。優良ではないです。")
    calls = calls_named(reply, "trainee_quota")
    assert [call.args.get("special_case") for call in calls] == [None], reply.tool_calls
    assert "建設業" not in reply.answer
