"""Classes of the 2026-12-04h batch (reading).

1. Another person's facts are not the user's: a clause about a named other person ("Also my husband is Indian, 38 ...
   he already joined in FY2022", "my cousin also Nigerian is studying in Osaka", 「夫はインド人で38歳…」) sets none of the
   user's own facts when the user states facts of their own beside it; a message only about that person is that
   person's check.
2. A negation does not cross "but" or a clause boundary: "I don't have JLPT but my English is fluent" is proficient
   English (and no JLPT); 「JLPTは持っていませんが、英語は流暢です」 too.
3. A stage or ordinal label inside a role's description ("6 are trainees (vietnam, 2nd year)", 「2年目」「2号」) is no
   count: the rest after the listed parts is the total less the parts only.
4. The supervising organization's type: specified / tokutei (特定監理団体, "not ippan") is not excellent, general / ippan
   (一般監理団体) is; it reaches the quota as supervisor_excellent.
5. A correction that restates the old value with an explanation ("it's 52 not 25. 25 was when we started in 2015 lol.
   so how many then?", 「25人ではなく52人でした。25人は創業時の人数です」): the explanation is no new count; the
   calculation reruns with the new value.
6. Knowledge asks are not calculations missing inputs: years of a program asked (「最長で何年受け入れられますか」,
   「特定技能2号は更新に上限がありますか」) and "can I apply for both online and in-person?" (the options, not the
   applicant's eligibility) are searched, never a headcount or an eligibility check asked for.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

# --- 1. another person's facts ------------------------------------------------------------------------------------

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


# --- 2. negation scope --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I don't have JLPT but my English is fluent, I use it every day at work.",
    "No JLPT, but my English is good.",
    "I don't speak Japanese but my English is business level.",
    "I have no JLPT certificate, however my English is fluent.",
    "JLPTは持っていませんが、英語は流暢です。",
    "日本語能力試験は受けていませんが、英語はビジネスレベルです。",
])
def test_a_negation_does_not_cross_but(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("english_proficient") is True


@pytest.mark.parametrize("text", [
    "I don't speak English.",
    "My English is not fluent but I'm learning.",
    "I can't speak English well.",
])
def test_a_negated_english_in_its_own_clause_stays_negated(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("english_proficient") is False


def test_not_having_jlpt_is_no_jlpt() -> None:
    assert UNDERSTANDER.parse("I don't have JLPT but my English is fluent.").slots.get("jlpt_level") == "none"


# --- 3. a stage label inside a role's description -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "count"), [
    ("we are 58 persons on the payroll. of these, 6 are already technical intern trainees (vietnam, 2nd year) and 4 "
     "are part timers around 20h a week. the rest are full-time, 5 days/week 8 hours. so how many No.1 trainees can we "
     "have at same time?", 48),
    ("We have 40 staff: 3 are No.2 trainees (year 2), 5 are part-timers, the rest are full-time. How many No.1 "
     "trainees can we take?", 32),
    ("従業員は58人です。そのうち6人は技能実習生（ベトナム、2年目）、4人はパートです。残りは正社員です。1号は何人受け入れられますか", 48),
    ("従業員は40人で、うち3人は技能実習2号、5人はパート、残りは常勤です。1号の枠は何人ですか？", 32),
])
def test_a_stage_label_in_a_description_is_no_part(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == count


# --- 4. the supervising organization's type -----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("We got yuryo certification this year, but our kanri dantai is only 'tokutei' type, not ippan. We are 75 "
     "full-time employees. How many No.1 and No.2 can we have?", False),
    ("We are an excellent implementing organization with 75 full-time employees. Our supervising organization is a "
     "specified one. How many No.3 trainees can we take?", False),
    ("We are excellent, 75 full-time employees, and we use a specified supervising organization. How many trainees "
     "can we take?", False),
    ("We are excellent and have 75 full-time employees. Our supervising organization is not ippan. How many No.3 "
     "trainees can we take?", False),
    ("We are excellent, 75 full-time employees, our supervising organization is a general supervising organization. "
     "How many trainees can we take?", True),
    ("優良認定を受けています。常勤職員75人です。監理団体は一般ではなく特定です。何人受け入れられますか", False),
    ("優良認定を受けています。常勤職員75人です。監理団体は特定監理団体です。3号は何人受け入れられますか", False),
    ("優良な実習実施者で、常勤職員は75人です。監理団体は一般監理団体です。何人受け入れられますか", True),
])
def test_the_supervising_organizations_type_is_read(text: str, value: bool) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("supervisor_excellent") is value, parsed.slots
    assert parsed.slots.get("full_time_employees") == 75
    assert parsed.slots.get("excellent") is True
    assert "occupation" not in parsed.slots or parsed.slots["occupation"] == "general"


def test_a_specified_supervising_organization_reaches_the_quota(bot) -> None:
    reply = converse(bot, "We got yuryo certification this year (scored 65% in the self-assessment sheet), but our "
                          "kanri dantai is only 'tokutei' type, not ippan. We are 75 full-time employees. Can we take "
                          "No.3 trainees now? And how many No.1 and No.2 can we have?")
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args.get("supervisor_excellent") is False, reply.tool_calls


# --- 5. a correction explaining the old value ---------------------------------------------------------------------

@pytest.mark.parametrize(("first", "correction"), [
    ("We have 25 full time employees, food processing (bento factory). How many No.1 trainees per year can we take?",
     "Oh sorry!! typo, it's 52 not 25. 25 was when we started in 2015 lol. so how many then?"),
    ("We have 25 full time employees. How many No.1 trainees can we take?",
     "sorry my mistake, 52 not 25. 25 was the number when we opened. how many then?"),
    ("We have 25 full time employees. How many No.1 trainees can we take?", "Oh sorry, typo: it's 52 not 25. so?"),
    ("弊社の常勤職員は25人です。技能実習1号は何人受け入れられますか",
     "すみません、25人ではなく52人でした。25人は2015年の創業時の人数です。では何人ですか？"),
])
def test_a_correction_explaining_the_old_value_reruns_with_the_new(bot, first: str, correction: str) -> None:
    reply = converse(bot, first, correction)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[0].args["full_time_employees"] == 52, (reply.tool_calls, reply.answer)


# --- 6. knowledge asks are not calculations missing inputs ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "技能実習と特定技能の違いがいまいちよく分かっておりません。①技能実習は最長で何年受け入れられますか（5年受け入れるには何か条件があると聞き"
    "ました）②特定技能1号では何年働いてもらえますか③特定技能2号は更新に上限がありますか。以上3点、お教えいただけますと幸いです。",
    "技能実習生は最長で何年受け入れられますか",
    "特定技能2号は更新に上限がありますか",
    "技能実習生は何年まで受け入れられますか？",
])
def test_years_of_a_program_are_a_knowledge_ask(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.asks_knowledge and not parsed.intents, parsed.intents


@pytest.mark.parametrize("text", [
    "Hello, I'm a Nigerian civil engineer living in Lagos. For the METI internship: can I choose the company myself? "
    "Can I apply for both online and in-person at the same time? What kind of companies host the in-person interns? "
    "And if I do online, do I need my own laptop?",
    "I'm Kenyan, 27. Can I apply for both the online and in-person internship?",
    "Can I apply to both online and in person JIP internships?",
])
def test_applying_for_both_options_is_no_eligibility_ask(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not parsed.asks_eligibility and "jip_eligibility" not in parsed.intents, parsed


def test_a_self_introduction_with_only_knowledge_asks_asks_no_eligibility_facts(bot) -> None:
    reply = converse(bot, "Hello, I'm a Nigerian civil engineer living in Lagos. For the METI internship: can I choose "
                          "the company myself? Can I apply for both online and in-person at the same time? And if I do "
                          "online, do I need my own laptop?")
    assert not any(c.name == "jip_eligibility" for c in reply.tool_calls), reply.tool_calls
    assert "both" in reply.answer.lower()


@pytest.mark.parametrize("text", [
    "I'm Kenyan, 27, living in Nairobi. Can I apply to JIP?",
    "Can I apply to JIP? I am Vietnamese, 30, N2.",
])
def test_an_eligibility_ask_stays_one(text: str) -> None:
    assert UNDERSTANDER.parse(text).asks_eligibility
