"""A correction or follow-up naming another person checked beside the user (by name, by who they are to the user, or
with one such person by she / he: "sorry I mixed up — Amina is 38, not 43. so what about her?", "sorry, my brother is
actually 41. what about him?", 「すみません、友人は38歳でした。彼女はどうですか？」) checks THAT person again, with their own
facts and the new value; the user's own facts are left as they were. The other person's question asked in a word or
two after the user's ("Am I eligible? And my friend Amina ... — is she?") is their own check too. Before, the new
value went to the user's check."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

AMINA = ("I'm Indian, 26, in Bangalore, good English, never participated. Am I eligible for JIP? And my friend Amina "
         "from Nigeria is 43, lives in Lagos, JLPT N3 — is she?")
BROTHER = "I'm Indian, 26, good English. Am I eligible for JIP? Also my brother is Nepali, 30, N2 - can he apply?"
FRIEND_JA = ("私はインド国籍の26歳で、英語が得意です。JIPに応募できますか？それと友人はナイジェリア国籍で43歳、ラゴス在住、N3です。"
             "友人は？")

FOLLOW_UPS = [
    (AMINA, "sorry I mixed up — Amina is 38, not 43. so what about her?",
     {"nationality": "Nigeria", "age": 38, "residing_in_japan": False, "jlpt_level": "N3"}),
    (AMINA, "Amina actually lives in Osaka now. does that change anything for her?",
     {"nationality": "Nigeria", "age": 43, "residing_in_japan": True, "jlpt_level": "N3"}),
    (BROTHER, "sorry, my brother is actually 41. what about him?",
     {"nationality": "Nepal", "age": 41, "jlpt_level": "N2"}),
    (FRIEND_JA, "すみません、友人は38歳でした。彼女はどうですか？",
     {"nationality": "Nigeria", "age": 38, "residing_in_japan": False, "jlpt_level": "N3"}),
]


def test_the_other_persons_short_question_is_their_own_check() -> None:
    parsed = UNDERSTANDER.parse(AMINA)
    assert parsed.slots["nationality"] == "India" and parsed.slots["age"] == 26
    assert [o["slots"] for o in parsed.others] == [
        {"nationality": "Nigeria", "age": 43, "jlpt_level": "N3", "residing_in_japan": False}]
    assert parsed.others[0]["name"] == "Amina"


@pytest.mark.parametrize(("first", "second", "expected"), FOLLOW_UPS)
def test_that_person_is_checked_again_with_their_own_facts(bot, first: str, second: str, expected: dict) -> None:
    reply = converse(bot, first, second)
    calls = calls_named(reply, "jip_eligibility")
    theirs = [c.args for c in calls if c.args["nationality"] == expected["nationality"]]
    assert theirs, reply.tool_calls
    assert {k: theirs[-1][k] for k in expected} == expected
    # the user's own check keeps the user's facts
    mine = [c.args for c in calls if c.args["nationality"] == "India"]
    assert all(args["age"] == 26 for args in mine)


def test_with_no_other_person_a_pronoun_changes_nothing_new(bot) -> None:
    reply = converse(bot, "I'm Indian, 26, good English. Am I eligible for JIP?", "what about the documents?")
    assert all(c.args["age"] == 26 for c in calls_named(reply, "jip_eligibility"))


def test_the_other_persons_city_is_no_note_about_the_user() -> None:
    # AMINA: the user says "in Bangalore", the friend "lives in Lagos": the note on where the user lives is the user's
    # own city, never the friend's; with no city of the user's own, no slot and no note
    parsed = UNDERSTANDER.parse(AMINA)
    assert parsed.slots.get("residing_in_japan") is False
    assert [values["place"] for key, values in parsed.notes if key == "reading.abroad"] == ["Bengaluru"]
    parsed = UNDERSTANDER.parse(AMINA.replace(" in Bangalore,", ""))
    assert "residing_in_japan" not in parsed.slots
    assert not [values for key, values in parsed.notes if key == "reading.abroad"]
