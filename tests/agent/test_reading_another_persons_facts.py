"""Another person's facts are not the user's: a clause about a named other person ("Also my husband is Indian, 38 ... he
already joined in FY2022", "my cousin also Nigerian is studying in Osaka", 「夫はインド人で38歳…」) sets none of the user's own
facts when the user states facts of their own beside it; a message only about that person is that person's check."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

OTHER_PERSON_BESIDE_OWN = [
    ("Good day! I am a Filipina, 29 yrs old, working as admin staff in Dubai, UAE since 2020. My English is fluent. Can "
     "I apply to the METI internship? Also my husband is Indian, 38, also here in Dubai, he already joined this same "
     "METI internship program online in FY2022. Can he apply again this time?",
     {"nationality": "Philippines", "age": 29, "residing_in_japan": False}),
    ("Two questions about JIP. I am Nigerian but working in Germany right now, can I still apply? And my cousin also "
     "Nigerian is studying in Osaka, can she apply too?", {"nationality": "Nigeria", "residing_in_japan": False}),
    ("hi, im indian (26), living in Chennai, english fluent. can I apply to JIP? also my friend from China asked me "
     "same question, can she apply?", {"nationality": "India", "age": 26}),
    ("I'm Kenyan, 31, based in Nairobi. Can I join JIP? My younger brother is 19 and lives in Tokyo as a student. He "
     "took part in FY2021.", {"nationality": "Kenya", "age": 31, "residing_in_japan": False}),
    ("私はフィリピン国籍の29歳で、ドバイに住んでいます。英語は流暢です。JIPに応募できますか？夫はインド人で38歳、2022年度にオンラインで参加し"
     "ました。夫も再応募できますか？", {"nationality": "Philippines", "age": 29, "residing_in_japan": False}),
    ("ケニア国籍、31歳、ナイロビ在住です。JIPに応募できますか？友人は中国籍で東京に住んでいます。", {"nationality": "Kenya", "age": 31,
                                                           "residing_in_japan": False}),
]


@pytest.mark.parametrize(("text", "own"), OTHER_PERSON_BESIDE_OWN)
def test_another_persons_facts_are_not_the_users(text: str, own: dict) -> None:
    slots = UNDERSTANDER.parse(text).slots
    for slot, value in own.items():
        assert slots.get(slot) == value, (slot, slots)
    assert "participated_fiscal_years" not in slots or slots["participated_fiscal_years"] == [], slots


ONLY_ABOUT_ANOTHER = [
    ("suppose my sister from ukraine is studying in tokyo right now on student visa. could she still apply to the METI "
     "internship?", {"nationality": "Ukraine", "residing_in_japan": True}),
    ("My cousin is Vietnamese, 25, and lives in Hanoi. Can he apply to JIP?", {"nationality": "Viet Nam", "age": 25}),
    ("My husband and I are Filipino, living in Manila. Can we apply to JIP?", {"nationality": "Philippines",
                                                                               "residing_in_japan": False}),
]

THIRD_PERSON_APPLICANT = [
    ("Client from Bangladesh, 26, proficient in English, lives in Dhaka. She already did a JIP online internship in "
     "FY2022. Can she apply to the FY2024 program?", [2022]),
    ("A Cambodian graduate we know, 25 years old, JLPT N3, lives in Phnom Penh. She did the METI Japan Internship in "
     "FY2022. Can she apply again this year?", [2022]),
    ("候補者はベトナム国籍の29歳で、ハノイ在住です。彼女は2022年度に参加しました。応募できますか？", [2022]),
]


@pytest.mark.parametrize(("text", "years"), THIRD_PERSON_APPLICANT)
def test_a_third_person_applicants_own_sentences_are_the_applicants(text: str, years: list[int]) -> None:
    """he / she after a description of the applicant (no named relation before it) is that applicant."""
    assert UNDERSTANDER.parse(text).slots.get("participated_fiscal_years") == years


@pytest.mark.parametrize(("text", "facts"), ONLY_ABOUT_ANOTHER)
def test_a_message_only_about_another_person_is_that_persons_check(text: str, facts: dict) -> None:
    slots = UNDERSTANDER.parse(text).slots
    for slot, value in facts.items():
        assert slots.get(slot) == value, (slot, slots)


def test_the_users_verdict_is_not_the_husbands(bot) -> None:
    reply = converse(bot, OTHER_PERSON_BESIDE_OWN[0][0].replace("My English is fluent.",
                                                                "I don't have JLPT but my English is fluent."))
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls, reply.tool_calls
    args = calls[0].args
    assert args.get("residing_in_japan") is False and args.get("english_proficient") is True, args
    assert not args.get("participated_fiscal_years"), args
    assert "FY2022" not in reply.answer.split("\n\n")[0], reply.answer
