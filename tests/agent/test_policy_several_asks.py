"""Several asks in one message, one or more of them calculator asks: every calculator ask runs, and every knowledge
ask beside them is searched on its own and quoted under the calculated answers.

The class: "I'm from Nepal, 27, N4, good English: can I apply for JIP? and how much is the activity money for 60 days
in person, also is the flight ticket paid?" runs the eligibility check AND the support funds, and the flight-ticket
ask is searched (its own search call) and answered beside them; 「この講座は認定を受けられますか？あと、実習の割合は
どれくらい必要ですか」 keeps its second ask: it is searched on its own beside the course check. A calculator message with
one ask runs one calculator and searches nothing more.
"""

from __future__ import annotations

import re

import pytest

from support import converse

TWO_CALCULATORS = [
    "Hello, I am from Nepal, 27 years old, living in Kathmandu now. My japanese is only N4 but english is good (IELTS "
    "7.0) so can I apply for the METI internship JIP?? and if I get in-person internship for 60 days how much is the "
    "activity money I get, also flight ticket is paid or I pay myself.",
    "I'm Kenyan, 30, living in Nairobi, JLPT N3. Am I eligible for JIP? And how much are the support funds for a "
    "45-day in-person internship?",
    "ネパール国籍の27歳で、カトマンズ在住、日本語はN4、英語はできます。JIPに応募できますか？対面で60日参加すると活動支援金は"
    "いくらですか？",
]

KNOWLEDGE_BESIDE = [
    ("JIP in person for 60 days: how much support funds will I get, also is the flight ticket paid?",
     r"(?i)flight|airline|ticket"),
    ("I'm doing a 30 day in-person JIP internship. What are my total activity support funds, plus who pays the "
     "airline ticket?", r"(?i)flight|airline|ticket"),
    ("社員向けにExcelやWordの基本操作を教える研修を外部にも販売しているのですが、経産省のRe-Skills講座の認定は受けられますか？"
     "あと、認定を受けるには実習の割合がどれくらい必要なんでしょうか。", r"割合|実習"),
    ("Our Re-Skills course is 60 hours total with 30 hours of practice. Can it be certified? Also, how do we submit "
     "the application, online or on paper?", r"(?i)submit|application|online|paper"),
]

ONE_ASK = [
    "I got matched for an in-person JIP internship for 60 days. How much activity support fund do I receive in total?",
    "We have 40 full-time employees. How many trainees can we accept?",
    "常勤職員は40人です。技能実習生は何人受け入れられますか？",
    "Our trainee plan for welding: required work 60%, related 25%, peripheral 15%. is it ok?",
]


def _names(reply) -> list[str]:
    return [c.name for c in reply.tool_calls]


@pytest.mark.parametrize("text", TWO_CALCULATORS)
def test_every_calculator_ask_runs(bot, text: str) -> None:
    reply = converse(bot, text)
    names = _names(reply)
    assert "jip_eligibility" in names and "jip_support_funds" in names, names
    eligibility = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert eligibility.args.get("nationality") and eligibility.args.get("age") in (27, 30), eligibility.args
    assert re.search(r"\d[\d,]* yen|\d[\d,]*円", reply.answer), reply.answer[:600]
    assert re.search(r"(?i)DAC|Japan Internship Program|JIP", reply.answer), reply.answer[:600]


def test_the_applicant_facts_reach_the_eligibility_check_beside_the_funds(bot) -> None:
    reply = converse(bot, TWO_CALCULATORS[0])
    args = next(c.args for c in reply.tool_calls if c.name == "jip_eligibility")
    assert args["nationality"] == "Nepal" and args["age"] == 27 and args["residing_in_japan"] is False
    assert args["jlpt_level"] == "N4" and args["english_proficient"] is True
    assert re.search(r"(?i)round-trip airline tickets", reply.answer), reply.answer[:1200]


@pytest.mark.parametrize("text, topic", KNOWLEDGE_BESIDE)
def test_a_knowledge_ask_beside_a_calculator_is_searched_on_its_own(bot, text: str, topic: str) -> None:
    reply = converse(bot, text)
    names = _names(reply)
    assert names[0] in ("jip_support_funds", "reskills_course_check"), names
    searches = [c for c in reply.tool_calls if c.name == "search_knowledge"]
    assert len(searches) >= 2, searches
    assert any(re.search(topic, str(c.args.get("query", ""))) for c in searches[1:]), searches


@pytest.mark.parametrize("text", ONE_ASK)
def test_one_ask_runs_one_calculator_and_no_further_search(bot, text: str) -> None:
    reply = converse(bot, text)
    names = _names(reply)
    assert len([n for n in names if n != "search_knowledge"]) == 1, names
    assert names.count("search_knowledge") <= 1, names
