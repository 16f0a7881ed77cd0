"""Facts about oneself beside a knowledge ask: the ask decides the answer.

The class: a message that states the user's nationality, age, JLPT level or residence (so the eligibility check is
implied) and asks something else ("what is the exact application deadline?", "what documents do I need as a
student?", "can I apply to both kinds, or must I choose only one?") is answered by the documents on that ask, or
says they do not state it (and is a refusal); the check still runs, and its verdict is added only as a short extra
when a stated fact rules the user out (a student living in Osaka hears the residence rule). A message that asks
whether one may apply still gets the eligibility verdict.
"""

from __future__ import annotations

import re

import pytest

from support import converse

NOT_STATED = [
    "Dear JIP office, I am Ahmed from Egypt, 30 years old. I passed JLPT N3 in December 2022 and I live in Cairo. "
    "What is the exact application deadline for FY2024, and on which date will the results of the company interviews "
    "be announced?",
    "I'm from Kenya, 27, JLPT N2, living in Nairobi. When exactly is the FY2024 application deadline of the JIP?",
    "エジプト出身の30歳で、日本語能力試験N3です。カイロに住んでいます。2024年度の応募の締切日と、面接結果の発表日はいつですか？",
]

DOCUMENTS = [
    "I'm from Kenya, 27, JLPT N2, living in Nairobi. What documents do I need to submit as a student for JIP?",
    "Hello, I am Ana from Peru, 24 years old, English fluent, I live in Lima. what docs does a student need to submit "
    "for the internship program?",
    "ケニア出身の27歳で、日本語能力試験N2を持っています。ナイロビに住んでいます。学生の場合、JIPの応募にはどんな書類を提出すればいいですか？",
]

RULED_OUT = [
    ("hi im from the philippines, 26, doing my masters in osaka rn (student visa), jlpt n3. what docs do i need to "
     "submit as a student for JIP?", r"(?i)living in Japan"),
    ("Namaste. I did the JIP online internship in FY2022. I'm 31, from Pune, still living in Pune, english fluent. "
     "Also my younger sister (23, final year B.Tech) want to apply, what documents she need to submit as student?",
     r"FY2016"),
    ("フィリピン出身の26歳で、いま大阪の大学院に留学中です。日本語能力試験N3です。学生はJIPの応募にどんな書類が必要ですか？",
     r"日本に住んでいる方は応募できません"),
]

CHOICE = [
    "Hi, I am Sadia from Dhaka, Bangladesh, 29 years old. I see that the METI Japan Internship Program has an "
    "in-person internship in Japan and also an online internship. Can I apply to both kinds, or must I choose only one?",
    "I'm from Nepal, 28 years old. The Japan Internship Program has an in-person internship and also an online "
    "internship. Can I apply to both kinds, or do I have to pick one?",
]

ASKS_ELIGIBILITY = [
    "I'm 25 from Nepal with JLPT N3, living in Kathmandu. Am I eligible?",
    "I'm from Kenya, 27, JLPT N2, living in Nairobi. Can I apply for JIP?",
    "ネパール出身の25歳で、日本語能力試験N3です。カトマンズに住んでいます。JIPに応募できますか？",
]

_VERDICT = r"(?i)meet the FY2024 Japan Internship Program requirements|応募要件を満たしています"


@pytest.mark.parametrize("text", NOT_STATED)
def test_an_ask_the_documents_do_not_state_is_refused_beside_the_facts(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer[:400]
    assert re.search(r"(?i)(?:don.t|do not) (?:say|state|mention)|書かれていません|記載がありません", reply.answer), reply.answer[:400]
    assert not re.search(_VERDICT, reply.answer), reply.answer[:400]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_the_documents_ask_is_answered_not_the_check(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer[:400]
    assert re.search(r"(?i)enrol+ment", reply.answer), reply.answer[:600]
    assert not re.search(_VERDICT, reply.answer), reply.answer[:400]


@pytest.mark.parametrize("text, rule", RULED_OUT)
def test_a_stated_fact_that_rules_the_user_out_is_added_beside_the_answer(bot, text: str, rule: str) -> None:
    reply = converse(bot, text)
    assert any(c.name == "jip_eligibility" for c in reply.tool_calls), reply.tool_calls
    assert re.search(r"(?i)enrol+ment", reply.answer), reply.answer[:600]
    assert re.search(rule, reply.answer), reply.answer
    assert not reply.refused


@pytest.mark.parametrize("text", CHOICE)
def test_a_choice_between_the_kinds_is_answered_from_the_sentence_before_it(bot, text: str) -> None:
    reply = converse(bot, text)
    assert re.search(r"(?i)apply for both internship options", reply.answer), reply.answer[:600]
    assert not re.search(_VERDICT, reply.answer), reply.answer[:400]


@pytest.mark.parametrize("text", ASKS_ELIGIBILITY)
def test_an_ask_whether_one_may_apply_still_gets_the_verdict(bot, text: str) -> None:
    reply = converse(bot, text)
    assert re.search(_VERDICT, reply.answer), reply.answer[:400]


EACH_OF_THEM = [
    "Two of our alumni ask about the Japan Internship Program (FY2024): (1) Aya, Ivorian, 22, good English, she already "
    "did an online JIP internship in FY2022; (2) Thant, from Burma, 29, JLPT N3, working in Bangkok. Can each of them "
    "apply?",
]


@pytest.mark.parametrize("text", EACH_OF_THEM)
def test_an_ask_whether_each_person_may_apply_is_the_check(bot, text: str) -> None:
    reply = converse(bot, text)
    assert any(c.name == "jip_eligibility" for c in reply.tool_calls), reply.tool_calls
    assert re.search(r"(?i)cannot apply|meet the FY2024", reply.answer.split("\n\n")[0]), reply.answer[:400]

