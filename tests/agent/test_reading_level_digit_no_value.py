"""A level's digit (JLPT "N3", "No.2", "3号", "Level 4", 「第1号」) names a level or a stage, never an age or a count:
a follow-up that only adds a level ("Oh sorry forgot, I passed JLPT N3 last December.") once overwrote the age stated
before with 3 ("You cannot apply: Age 3"). Checked in the first message's reading and as a follow-up, EN and JA."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Oh sorry forgot, I passed JLPT N3 last December.",
    "sorry, I meant I have N2",
    "actually my level is N4",
    "I passed the JLPT at Level 4",
    "Sorry, they are No.2 trainees",
    "すみません、言い忘れました。JLPTのN3に合格しています。",
    "訂正です、N2を持っています。",
    "第2号の実習生です。",
    "レベル3です。",
])
def test_a_level_digit_is_no_number_of_the_message(text: str) -> None:
    assert UNDERSTANDER.parse(text).numbers == [], text


def calculator(reply):
    calls = [call for call in reply.tool_calls if call.name != "search_knowledge"]
    assert calls, (reply.answer, reply.tool_calls)
    return calls[-1]


@pytest.mark.parametrize("first, follow_up, level", [
    ("Indian national, 26 years old, I live in Bangalore. Can I apply for the Japan Internship Program?",
     "Oh sorry forgot, I passed JLPT N3 last December.", "N3"),
    ("I'm Vietnamese, 26, living in Hanoi. Am I eligible for the JIP?", "sorry, I also have N2", "N2"),
    ("インド国籍で26歳、バンガロール在住です。JIPに応募できますか？", "すみません、JLPTのN3に合格しています。", "N3"),
])
def test_a_follow_up_level_keeps_the_age(bot, first: str, follow_up: str, level: str) -> None:
    reply = converse(bot, first, follow_up)
    call = calculator(reply)
    assert call.name == "jip_eligibility"
    assert call.args.get("age") == 26 and call.args.get("jlpt_level") == level, call.args
    assert "Age 3" not in reply.answer and "Age 2 " not in reply.answer
