"""The construction special case is read from the company's trade.

Construction as the user's company or field, in any sentence shape ("my company is kensetsu", "Our field is
construction", 建設業です), is the quota's special case, and the quota reply says the construction rule; construction named as a
field asked about is no special case."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators, slots_of
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "Construction company, 40 full time employees. how many technical interns can we have in total?",
    "We're a small construction firm with 25 full-time workers; trainee quota?",
    "建設業の会社で常勤職員は40人です。技能実習生は何人まで？",
])
def test_construction_is_named_as_the_special_case(text: str) -> None:
    assert slots_of(text).get("special_case") == "construction"


CONSTRUCTION = [
    "my company is kensetsu (construction), 25 seishain. jisshusei max number? same table as factory?",
    "We are a construction company with 25 full-time employees. How many trainees can we accept?",
    "Our field is construction. 25 full-time staff, how many trainees?",
    "we're in construction, 25 full-time staff. trainee quota?",
    "kensetsu gaisha, seishain 25, jisshusei how many?",
    "建設業です。常勤職員25人、実習生は何人まで受け入れられますか？",
    "当社は建設会社で、常勤職員は25人です。技能実習生の人数枠は？",
]


@pytest.mark.parametrize("text", CONSTRUCTION)
def test_construction_as_the_users_company_is_the_special_case(text: str) -> None:
    parsed = U.parse(text)
    assert parsed.slots.get("special_case") == "construction"
    assert parsed.slots.get("full_time_employees") == 25


@pytest.mark.parametrize("text", ["Which fields of specified skilled worker include construction?",
                                  "Is construction one of the SSW fields?"])
def test_construction_named_as_a_field_asked_about_is_no_special_case(text: str) -> None:
    assert "special_case" not in U.parse(text).slots


def test_the_quota_reply_says_the_construction_rule(bot) -> None:
    reply = converse(bot, CONSTRUCTION[0])
    (call,) = calculators(reply)
    assert call.name == "trainee_quota" and call.args.get("special_case") == "construction"
    assert "onstruction" in reply.answer
