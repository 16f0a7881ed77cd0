"""R4: a leading self-introduction is context; the question after it decides the intent and what is searched.

A table of self-introductions x knowledge questions (no calculator starts, the introduction is not searched, what
it states is kept as context) and x calculator questions (the calculator still computes with the number the
introduction states), in English and Japanese.
"""

from __future__ import annotations

import itertools

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

EN_INTROS = ["I'm HR at small company (40 ppl) in tokyo.", "I'm HR at a small company with 40 employees in Osaka.",
             "Hi, I am the owner of a factory with 40 staff.", "We are a care home in Nagoya with 40 employees.",
             "I work for a supervising organization.", "This is Tanaka from a company of 40 people in Chiba."]
EN_KNOWLEDGE = ["does tokyo metro gov have any support program for hiring foreigners?",
                "When was the Tokyo WorkNet established?",
                "What is the maximum period of technical intern training?",
                "Where can we send the application documents?"]
EN_CALCULATOR = ["How many trainees can we accept?", "What is our trainee quota?"]

JA_INTROS = ["東京の中小企業なんですが、", "監理団体の担当です。", "登録支援機関の者です。", "うちは従業員40人の製造業ですが、",
             "大阪の介護施設の人事担当です。"]
JA_KNOWLEDGE = ["外国人材の受入れについて都の支援ってありますか？", "資料に載っている技能実習の対象職種・作業の数を教えてください。",
                "技能実習の最長期間は何年ですか？", "特定技能の施行日を確認させてください。"]
JA_CALCULATOR_WITH_COUNT = ["常勤職員は40人です。実習生は何人受け入れられますか？", "従業員40人ですが、受け入れ人数の上限は？"]


@pytest.mark.parametrize("intro,question", list(itertools.product(EN_INTROS, EN_KNOWLEDGE))
                         + list(itertools.product(JA_INTROS, JA_KNOWLEDGE)))
def test_a_knowledge_question_after_a_self_introduction_starts_no_calculator(intro: str, question: str) -> None:
    sep = " " if intro.isascii() else ""
    parsed = UNDERSTANDER.parse(intro + sep + question)
    assert not parsed.intents and not parsed.implied, (parsed.intents, parsed.implied)
    assert not any(isinstance(v, (int, float)) and not isinstance(v, bool) for v in parsed.slots.values()), parsed.slots
    assert parsed.text.strip().rstrip("?？") in question.replace("?", "?"), parsed.text  # only the question is searched


@pytest.mark.parametrize("intro,question", list(itertools.product([i for i in EN_INTROS if "40" in i],
                                                                     EN_CALCULATOR)))
def test_a_calculator_question_after_a_self_introduction_computes_with_its_number(bot, intro: str,
                                                                                 question: str) -> None:
    reply = converse(bot, f"{intro} {question}")
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 40, reply.answer[:200]


@pytest.mark.parametrize("intro,question", list(itertools.product(JA_INTROS, JA_CALCULATOR_WITH_COUNT)))
def test_a_japanese_calculator_question_after_a_self_introduction_computes(bot, intro: str, question: str) -> None:
    reply = converse(bot, intro + question)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 40, reply.answer[:200]


def test_what_the_introduction_states_is_kept_as_context() -> None:
    parsed = UNDERSTANDER.parse("I'm HR at a small company with 40 employees in Osaka. "
                                "does tokyo metro gov have any support program for hiring foreigners?")
    assert parsed.context_slots.get("full_time_employees") == 40


@pytest.mark.parametrize("text", ["I'm HR at small company (40 ppl) in tokyo. does tokyo metro gov have any support "
                                  "program for hiring foreigners?",
                                  "東京の中小企業なんですが、外国人材の受入れについて都の支援ってありますか？"])
def test_the_reply_searches_the_question(bot, text: str) -> None:
    reply = converse(bot, text)
    assert [c.name for c in reply.tool_calls] == ["search_knowledge"]
    query = reply.tool_calls[0].args["query"]
    assert "HR" not in query and "中小企業なんですが" not in query, query
