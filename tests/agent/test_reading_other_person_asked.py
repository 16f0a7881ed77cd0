"""Another person's question beside the user's own check (act ``other_person`` with a question in it: "also my friend
from China asked me same question, can she apply?", 「友人は中国人ですが、彼女も応募できますか？」): the user's check runs on
the user's own facts, kept even when the rest of the message is read as a lead ("hi, im indian (26) ... possible?"), and
the reply says the other person's question is answered on their own facts, in a message of its own, EN and JA."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

NOTE = ("reading.other_person_asked", {})


@pytest.mark.parametrize("text, own", [
    ("hi, im indian (26), doing my masters in Osaka right now, english fluent. i want to apply the METI internship in "
     "person, possible? also my friend from China asked me same question, can she apply?",
     {"nationality": "India", "age": 26, "residing_in_japan": True}),
    ("I am a Filipina, 29, living in Dubai, my English is fluent. Can I apply to the METI internship? Also my husband is "
     "Indian, 38, he already joined the program in FY2022. Can he apply again?",
     {"nationality": "Philippines", "age": 29, "residing_in_japan": False}),
    ("ベトナム国籍、25歳、ハノイ在住でN2です。JIPに応募できますか？また、友人は中国人ですが、彼女も応募できますか？",
     {"nationality": "Viet Nam", "age": 25, "residing_in_japan": False}),
    ("インドネシア人で28歳、ジャカルタに住んでいます。英語は流暢です。JIPに応募できますか？それと、兄はインド国籍で35歳ですが、兄も応募できますか？",
     {"nationality": "Indonesia", "age": 28, "residing_in_japan": False}),
])
def test_the_users_own_facts_and_the_other_persons_own_check(text: str, own: dict) -> None:
    # the other person's clause states their facts and asks their eligibility: their own check (Parse.others; see
    # tests/agent/test_reading_other_person_checked.py), so no note that it is answered separately
    parsed = UNDERSTANDER.parse(text)
    assert {k: parsed.slots.get(k) for k in own} == own
    assert len(parsed.others) == 1 and parsed.others[0]["slots"].get("nationality")
    assert NOTE not in parsed.notes


@pytest.mark.parametrize("text", [
    "I'm Indian, 26, living in Delhi, fluent English. Can I apply to JIP? Also my friend asked me the same, can she apply?",
    "インド人で26歳、デリー在住です。英語は流暢です。JIPに応募できますか？また、友人も同じことを聞いていますが、彼女も応募できますか？",
])
def test_another_persons_question_with_no_facts_of_theirs_has_the_note(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.others == []
    assert parsed.notes.count(NOTE) == 1


@pytest.mark.parametrize("text", [
    "I'm Indian, 29, living in Delhi, fluent English. Can I apply to JIP? My husband is also Indian.",
    "インド人で29歳、デリー在住です。JIPに応募できますか？夫もインド人です。",
])
def test_another_persons_statement_without_a_question_has_no_note(text: str) -> None:
    assert NOTE not in UNDERSTANDER.parse(text).notes
