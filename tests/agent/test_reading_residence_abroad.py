"""Living, working or studying in a place outside Japan (a country by its CLDR name in any language, or a city of the
world from GeoNames, however it is written) is not residing in Japan (residing_in_japan False), EN and JA; a lower-case
word that only shares its spelling with a small city ("working in media") is no place."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "im from sri lanka, 29 yrs, working in dubai now. JLPT only N4 but english is good. eligible for METI japan internship??",
    "I am Nepali, studying in singapore, 24, N3. can I apply for JIP?",
    "Vietnamese, 26, I work in Riyadh as an engineer. Am I eligible for the Japan Internship Program?",
    "ネパール人で、今はドバイで働いています。JIPに応募できますか？",
    "フィリピン人です。シンガポールの大学で勉強しています。JIPの対象になりますか？",
    "ケニア国籍、ナイロビに住んでいます。インターンシップに応募できますか？",
])
def test_living_or_working_abroad_is_not_residing_in_japan(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False


@pytest.mark.parametrize("text", [
    "大阪で働いています。JIPに応募できますか？",
    "I'm Nepali and I work in Osaka. Can I apply for JIP?",
])
def test_working_in_japan_is_residing_in_japan(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True


@pytest.mark.parametrize("text", ["im from sri lanka, working in media now. can i apply for JIP?",
                                  "I'm Vietnamese, working in sales. can i apply for JIP?"])
def test_an_ordinary_word_is_no_place(text: str) -> None:
    assert "residing_in_japan" not in UNDERSTANDER.parse(text).slots


def test_the_eligibility_tool_gets_the_residence(bot) -> None:
    from support import converse

    reply = converse(bot, "im from sri lanka, 29 yrs, working in dubai now. JLPT only N4 but english is good. eligible "
                          "for METI japan internship??")
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["residing_in_japan"] is False and call.args["age"] == 29
