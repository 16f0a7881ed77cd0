"""A country the user talks about (where they live, "X is a developed country" asked about) never replaces the
nationality they stated, in the same message or a turn before: the check runs with the stated nationality."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import calls_named, slots_of
from support import converse


@pytest.mark.parametrize("text", [
    "First time applying. Am I eligible even though Germany is a developed country?",
    "does living in canada count against me since canada isn't a developing country?",
    "Germany is where I live now. Can I apply?",
    "ドイツは先進国ですが、それでも応募できますか？",
    "カナダって先進国だけど大丈夫ですか？",
])
def test_a_country_described_states_no_nationality(text):
    assert "nationality" not in slots_of(text)


@pytest.mark.parametrize("text, nationality", [
    ("I'm from Bangladesh which is a developing country, can I apply?", "Bangladesh"),
    ("I'm Bangladeshi, living in Germany. Am I eligible even though Germany is a developed country?", "Bangladesh"),
    ("バングラデシュ国籍で、ドイツに住んでいます。ドイツは先進国ですが応募できますか？", "Bangladesh"),
])
def test_the_stated_nationality_stays_beside_a_described_country(text, nationality):
    assert slots_of(text).get("nationality") == nationality


@pytest.mark.parametrize("turns", [
    ["Hi, question about the METI Japan Internship Program.", "I'm Bangladeshi.",
     "But I live in Germany now, doing my master's in Munich.", "Age 24.",
     "No JLPT, but my English is fluent (TOEFL 105).",
     "First time applying. Am I eligible even though Germany is a developed country?"],
    ["I'm Bangladeshi, 24, fluent English, never did JIP, and I live in Germany.",
     "Can I apply for JIP even though Germany is a developed country?"],
    ["JIPについて質問です。", "バングラデシュ国籍です。", "でも今はドイツに住んでいて、ミュンヘンで修士課程をやっています。",
     "24歳です。", "JLPTはありませんが、英語は流暢です。", "初めての応募です。ドイツは先進国ですが、それでも応募できますか？"],
])
def test_a_later_country_described_keeps_the_nationality_stated_before(bot, turns):
    reply = converse(bot, *turns)
    # the check runs with the nationality stated (or the rule on living in another country is quoted): never Germany's
    assert all(call.args["nationality"] == "Bangladesh" and call.args["residing_in_japan"] is False
               for call in calls_named(reply, "jip_eligibility"))
    assert "cannot apply" not in reply.answer and "応募できません" not in reply.answer


@pytest.mark.parametrize("turns, expected", [
    (["I'm Bangladeshi, 24, fluent English, first time. Can I apply for JIP?", "I live in Germany.",
      "Does Germany count against me?"], "Bangladesh"),
    (["バングラデシュ国籍です。24歳、英語は流暢で、参加は初めてです。JIPに応募できますか？", "今はドイツに住んでいます。",
      "ドイツだとダメですか？"], "Bangladesh"),
    # a nationality stated as one still replaces the one held
    (["I'm Bangladeshi, 24, fluent English, first time. Can I apply for JIP?", "I live in Germany.",
      "Actually I'm German, sorry."], "Germany"),
])
def test_the_country_lived_in_named_later_is_the_residence(bot, turns, expected):
    reply = converse(bot, *turns)
    calls = calls_named(reply, "jip_eligibility")
    assert calls and calls[-1].args["nationality"] == expected
    assert calls[-1].args["residing_in_japan"] is False
