"""Classes of whose a figure is and what a count counts:
- a count of people is never hours ("around 140 jisshusei in total in 17 companies" was "total hours: 140");
- a question asking what a rule's parts ARE, with no figure of one's own, is a knowledge question ("what is the
  difference between required, related and peripheral work (how much time can each take)?");
- another person's age never replaces the user's own ("I'm Li Wei, 29 ... My Thai colleague (she is 25)");
- a follow-up about a NEW applicant (「じゃあネパールの子はどう？」) carries none of the earlier person's facts, and a degree
  word before できる (「英語はけっこうできる」) is English proficiency;
- counts by role listed side by side are separate groups (「介護職員が常勤で22人、看護師が5人…あと介護のパートさんが6人」 is 22
  care staff, not 22 - 5 - 3 - 2): parts come out of a total only when the text says they are in it."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Our member companies are mostly plastic molding, around 140 jisshusei in total in 17 companies.",
    "We supervise 85 technical intern trainees in total across 12 companies.",
    "In all we have 60 Vietnamese trainees and 30 firms in our kumiai.",
])
def test_a_count_of_people_is_never_hours(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not any(s in parsed.slots for s in ("total_hours", "required_hours", "practical_hours")), parsed.slots


@pytest.mark.parametrize("text", [
    "What is the difference between required, related and peripheral work in the training plan (how much time can "
    "each take)?",
    "I joined 2 months ago. How do required, related and peripheral work differ in a training plan?",
    "必須業務と関連業務と周辺業務の違いは何ですか？",
    "実習計画の必須・関連・周辺ってどう違うの？それぞれどのくらいまで？",
])
def test_what_the_parts_are_is_a_knowledge_question(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.asks_knowledge and not parsed.intents, (parsed.intents, parsed.slots, parsed.errors)


@pytest.mark.parametrize("text,age", [
    ("Hi! I'm Li Wei, 29, software engineer, Chinese passport, living in Bangkok. My Thai colleague (she is 25) is "
     "applying to the METI internship program. Can I apply too?", 29),
    ("I'm Maria, 31, a nurse from the Philippines living in Manila. My sister is 24. Am I eligible for JIP?", 31),
    ("My name is Ana, 27, from Peru, living in Lima. My Nepali friend is 33. Am I eligible for JIP?", 27),
])
def test_another_persons_age_never_replaces_the_users(text: str, age: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("age") == age


@pytest.mark.parametrize("text", ["英語はけっこうできる", "英語はかなり話せます", "英語はとても得意です"])
def test_a_degree_word_before_dekiru_is_english_proficiency(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("english_proficient") is True


@pytest.mark.parametrize("first,second,expected", [
    ("JIPでインターン受け入れたいんだけど、中国の大学を出た子（25歳、上海在住、日本語N2）って応募できる？",
     "そっか。じゃあネパールの子はどう？28歳でネパール在住、現地の大学を出てる。英語はけっこうできるけど日本語はできない。"
     "JIPに参加したことはないよ。",
     {"nationality": "Nepal", "age": 28, "residing_in_japan": False, "english_proficient": True, "jlpt_level": None}),
    ("Can a Chinese graduate, 25, living in Shanghai, JLPT N2, apply to JIP?",
     "OK. What about another candidate from Nepal, 28, living in Kathmandu, good English, never joined JIP?",
     {"nationality": "Nepal", "age": 28, "residing_in_japan": False, "english_proficient": True, "jlpt_level": None}),
])
def test_a_new_applicant_carries_none_of_the_earlier_persons_facts(bot, first: str, second: str,
                                                                     expected: dict) -> None:
    reply = converse(bot, first, second)
    calls = calls_named(reply, "jip_eligibility")
    assert calls, reply.answer
    assert {k: calls[-1].args.get(k) for k in expected} == expected


@pytest.mark.parametrize("text,count", [
    ("特養をやってるんだけど、介護の実習生って何人まで受け入れられるの？うちは介護職員が常勤で二十二人、看護師が五人、事務が三人、"
     "生活相談員が二人。あと介護のパートさんが六人いる。", 22),
    ("介護施設です。介護職員は常勤で18人、看護師が4人、事務が2人。あと介護のパートが5人います。介護の実習生は何人？", 18),
    ("Nursing home: how many care trainees can we take? We have 22 full-time care workers, 5 nurses, 3 office staff "
     "and 2 counselors. Also 6 part-time carers.", 22),
])
def test_counts_by_role_side_by_side_are_separate_groups(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count
    assert "reading.rest_of_parts" not in [k for k, _ in parsed.notes]


@pytest.mark.parametrize("text", [
    "常勤職員は25人で、そのうち事務員が3人、看護師が2人、残りは介護職員です。介護の実習生は何人？",
    "常勤職員は25人で、事務員が3人、看護師が2人、あとは介護職員です。介護の実習生は何人？",
])
def test_parts_said_to_be_inside_the_total_still_come_out(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 20


@pytest.mark.parametrize("first,second,expected", [
    ("JIPの受入れを検討している会社です。インドネシア国籍でインドネシア在住、23歳、日本語はN2の方は応募資格ありますか？",
     "では、フィリピンに住んでいるミャンマー国籍の人はどうでしょう？年齢と日本語は同じです。",
     {"nationality": "Myanmar", "age": 23, "jlpt_level": "N2", "residing_in_japan": False}),
    ("Can an Indonesian, 23, living in Jakarta, JLPT N2, apply to JIP?",
     "What about another candidate from Myanmar living in Manila? Same age and Japanese level.",
     {"nationality": "Myanmar", "age": 23, "jlpt_level": "N2", "residing_in_japan": False}),
])
def test_a_new_applicant_keeps_the_facts_said_to_be_the_same(bot, first: str, second: str, expected: dict) -> None:
    reply = converse(bot, first, second)
    calls = calls_named(reply, "jip_eligibility")
    assert calls and {k: calls[-1].args.get(k) for k in expected} == expected


def test_nlu_new_applicant_flag() -> None:
    assert UNDERSTANDER.parse("じゃあネパールの子はどう？28歳です").new_applicant
    assert not UNDERSTANDER.parse("私は28歳です。応募できますか？").new_applicant
    assert nlu.Parse(text="").new_applicant is False
