"""A plan to be living in Japan when applying ("if i come to japan next month for language school and then apply",
"move to Osaka first and apply after that", "来月日本に来てから応募", "来日してから応募") is the residence the JIP rule
checks: read as residing in Japan for this answer only (a hypothetical), and the reply states the residence criterion
(those residing in Japan are not eligible), EN and JA."""

from __future__ import annotations

import re

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

PLANS = [
    "if i come to japan next month for language school and then apply for meti internship, still ok??",
    "I will move to Osaka first and apply after that. Can I join JIP?",
    "Can I apply for JIP after I move to tokyo?",
    "来月日本に来て語学学校に通ってから、JIPに応募しても大丈夫ですか？",
    "来日してからJIPに応募できますか？",
]


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_to_live_in_japan_when_applying_is_residing_in_japan(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("residing_in_japan") is True and parsed.hypothetical


@pytest.mark.parametrize("text", ["I live in Nepal. Can I come to Japan for the internship if I apply?",
                                  "Can I apply for JIP from Nepal?"])
def test_coming_to_japan_for_the_internship_is_no_residence(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is not True


@pytest.mark.parametrize("text, rule", [
    (PLANS[0], r"(?i)(resid|living|live)\w*\s+in\s+japan"),
    (PLANS[3], r"日本に住んで"),
])
def test_the_reply_states_the_residence_criterion(bot, text: str, rule: str) -> None:
    from support import converse

    reply = converse(bot, text)
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["residing_in_japan"] is True and not reply.refused
    assert re.search(rule, reply.answer)
