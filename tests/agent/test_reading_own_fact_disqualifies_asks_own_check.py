"""Class: whether a fact of one's own makes one ineligible ("does N4 disqualify me for JIP?", "does living in Germany make
me ineligible?", "would that rule me out?", 「N4だとJIPの対象外になりますか」) asks one's own eligibility: the check runs on the
facts the message states (the self-description before the question keeps its nationality and age), and another ask
beside it is still answered. A statement of the rule about other people ("people living in Japan are ineligible") is no
check of one's own."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

ASKS = [
    ("I'm Indonesian, 29, living in Jakarta. My Japanese is only JLPT N4 but I have IELTS 7.0 and I work in English "
     "every day. This is my first time applying. Does N4 disqualify me for JIP?", "Indonesia", 29),
    ("I'm Vietnamese, 27, living in Hanoi, JLPT N4. Does having only N4 rule me out of JIP?", "Viet Nam", 27),
    ("I'm Kenyan, 30, working in Dubai, English fluent. Would living in the UAE make me ineligible for the Japan "
     "Internship Program?", "Kenya", 30),
    ("I'm a Peruvian national, 35, JLPT N3, living in Lima. Am I disqualified from JIP because of my age?", "Peru", 35),
    ("インドネシア人、29歳、ジャカルタ在住です。日本語はN4ですが、英語は仕事で毎日使っています。N4だとJIPの対象外になりますか？",
     "Indonesia", 29),
    ("ケニア国籍、30歳、ドバイで働いています。英語は堪能です。UAEに住んでいるとJIPでは対象外でしょうか？", "Kenya", 30),
]


@pytest.mark.parametrize("text,nationality,age", ASKS)
def test_the_own_facts_are_read_for_the_check(text: str, nationality: str, age: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "jip_eligibility" in parsed.intents
    assert parsed.slots.get("nationality") == nationality and parsed.slots.get("age") == age
    assert parsed.slots.get("residing_in_japan") is False


@pytest.mark.parametrize("text", [
    "People living in Japan are ineligible for JIP, right?",
    "JIPの対象外となる国はどこですか？",
])
def test_the_rule_about_others_is_no_own_check(text: str) -> None:
    assert "jip_eligibility" not in UNDERSTANDER.parse(text).intents


@pytest.mark.parametrize("text,nationality,age", [ASKS[0], ASKS[4]])
def test_the_check_runs_on_the_stated_facts(bot, text: str, nationality: str, age: int) -> None:
    [call] = calls_named(converse(bot, text), "jip_eligibility")
    assert call.args["nationality"] == nationality and call.args["age"] == age
    assert call.args["jlpt_level"] == "N4" and call.args["residing_in_japan"] is False


def test_the_other_ask_is_still_answered(bot) -> None:
    reply = converse(bot, "Hi, I'm a Bangladeshi national, 31, but I have been working in Berlin, Germany for 4 years. "
                          "JLPT N3. Two things: does living in a rich country like Germany make me ineligible for JIP? "
                          "And I graduated in 2017 — which documents would I need to submit as a graduate?")
    [call] = calls_named(reply, "jip_eligibility")
    assert call.args["nationality"] == "Bangladesh" and call.args["age"] == 31 and call.args["jlpt_level"] == "N3"
    assert call.args["residing_in_japan"] is False
    assert "graduation certificate" in reply.answer or "certificate of graduation" in reply.answer
