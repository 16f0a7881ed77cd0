"""Class: studying, working or doing a degree now at an institution in a place in Japan (knowledge/nlu/places_japan.yaml) is
residing in Japan, also when the institution is named without an article ("doing my masters at university in Osaka",
"大阪の大学院で修士をやっています"); the same at a place abroad is not residing in Japan."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Namaste. I am indian, 30 yrs old, right now doing my masters at university in Osaka (student visa). My english is "
    "good. Can i apply for the JIP internship?",
    "I'm Nepali, 26, currently studying at college in Fukuoka. can I apply to JIP?",
    "I'm Filipino, 31, working at company in Nagoya now. am I eligible for JIP?",
    "I am from Kenya, 27, doing my PhD at university in Tokyo. eligible for JIP?",
    "インド国籍、30歳、今は大阪の大学院で修士をやっています（留学ビザ）。JIPに応募できますか？",
    "インド国籍、30歳、今は大阪で大学院生です。JIPに応募できますか？",
])
def test_at_an_institution_in_japan_is_residing_in_japan(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True


@pytest.mark.parametrize("text", [
    "Vietnamese, 24, studying at university in Hanoi. can I apply to JIP?",
    "インド国籍、30歳、今はムンバイの大学で修士をやっています。JIPに応募できますか？",
])
def test_at_an_institution_abroad_is_not_residing_in_japan(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("residing_in_japan") is False


def test_a_student_in_japan_is_told_the_residence_rule(bot) -> None:
    from support import converse

    reply = converse(bot, "Namaste. I am indian, 30 yrs old, right now doing my masters at university in Osaka (student "
                          "visa). My english is good. Can i apply for the JIP internship?")
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args.get("residing_in_japan") is True and calls[-1].args.get("age") == 30
