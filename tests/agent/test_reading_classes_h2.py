"""Reading classes of the lead's probes after batch h, each stated over several phrasings (EN and JA where it applies):

1. a training plan stated as its total plus one or two kinds of work's hours reaches the split calculator, the total
   read as the plan's total (never a kind's or a course's hours); with two kinds the third is what they leave;
2. whether the quota rule differs for a special case (construction, fishing on board), no headcount given: the case
   is read, the reply asks the headcount saying what it has, never the "one more detail" lead over an unrelated quote;
3. a yes/no question on a program rule (必ず / 自動的に / always / automatically ... ?) naming no course figures is a
   knowledge question, never the Re-Skills course check;
4. a verdict the facts given already decide ("you cannot apply": excluded nationality, living in Japan) asks no
   follow-up for facts that could not change it; an open verdict still asks;
5. a country name that is also a common word ("mali": Tagalog / Indonesian "wrong") is no nationality in a
   correction or filler; "from Mali", "Malian", "Mali citizen" still are.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

U = repo_understander()


def calls(reply) -> list:
    return [c for c in reply.tool_calls if c.name != "search_knowledge"]


# --- 1. a plan's total beside one or two kinds of work ----------------------------------------------------------

ONE_KIND = [
    ("総実習時間2000時間のうち周辺業務を700時間にしたいです。", "peripheral_hours", 700, 2000),
    ("実習時間の合計は2000時間で、周辺業務は700時間です。", "peripheral_hours", 700, 2000),
    ("総時間1800時間、関連業務900時間です。", "related_hours", 900, 1800),
    ("out of 2000 training hours we want 700 on peripheral work; is that ok?", "peripheral_hours", 700, 2000),
    ("total 1800h, related 900h", "related_hours", 900, 1800),
    ("Our plan has 1800 hours in total, 900 of them related work.", "related_hours", 900, 1800),
]


@pytest.mark.parametrize("text,slot,hours,total", ONE_KIND)
def test_the_total_beside_a_kind_is_the_plans_total(text: str, slot: str, hours: int, total: int) -> None:
    parsed = U.parse(text)
    assert parsed.slots.get(slot) == hours
    assert parsed.slots.get("total_hours") == total
    assert "practical_hours" not in parsed.slots
    assert "training_time_split" in parsed.intents


@pytest.mark.parametrize("text", [t for t, *_ in ONE_KIND])
def test_the_split_task_asks_for_the_other_kinds(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not calls(reply)
    assert reply.follow_up
    assert "2000" in reply.answer or "1800" in reply.answer  # the total it has is said back


TWO_KINDS = [
    "total 2000 hours: required 1000, related 600. ok?",
    "2000時間の実習計画で、必須業務1000時間、関連業務600時間にしたい",
]


@pytest.mark.parametrize("text", TWO_KINDS)
def test_two_kinds_and_the_total_give_the_third(bot, text: str) -> None:
    (call,) = calls(converse(bot, text))
    assert call.name == "training_time_split"
    assert call.args == {"required_hours": 1000, "related_hours": 600, "peripheral_hours": 400}


def test_the_total_kept_for_the_next_answer(bot) -> None:
    (call,) = calls(converse(bot, "total 1800h, related 900h", "required 800"))
    assert call.args == {"required_hours": 800, "related_hours": 900, "peripheral_hours": 100}


def test_a_course_total_is_still_a_course(bot) -> None:
    parsed = U.parse("The course is 36 hours in total and 18 hours are practical. Re-Skills ok?")
    assert parsed.slots == {"total_hours": 36, "practical_hours": 18}


# --- 2. the quota rule for a special case ------------------------------------------------------------------------

SPECIAL = [
    ("建設業の場合、受入れ人数の基準は違いますか？", "construction"),
    ("Is the trainee quota different for construction?", "construction"),
    ("In construction, is the number of trainees limited differently?", "construction"),
    ("漁船の場合、実習生の人数枠は違いますか？", "fishing_on_board"),
    ("Are there different trainee limits for fishing vessels?", "fishing_on_board"),
]


@pytest.mark.parametrize("text,case", SPECIAL)
def test_the_special_case_asked_about_is_read(bot, text: str, case: str) -> None:
    assert U.parse(text).slots.get("special_case") == case
    reply = converse(bot, text)
    assert reply.follow_up  # the headcount
    assert not reply.answer.startswith(("計算するには", "To calculate this"))
    assert not reply.citations  # no passage on another subject
    # the case is named in the reply's language, never by its internal value (special_case: fishing_on_board)
    assert "special_case" not in reply.answer and "fishing_on_board" not in reply.answer
    assert any(name in reply.answer for name in ("construction", "fishing", "建設", "漁船"))


# --- 3. a yes/no question on a program rule ------------------------------------------------------------------------

RULE_QUESTIONS = [
    "Re-Skills講座に認定されたら、必ず教育訓練給付の対象になりますか？",
    "Re-Skills認定講座は自動的に教育訓練給付の対象になりますか？",
    "Re-Skills講座に認定されれば、無条件で給付金の対象ですか？",
    "If our course is certified as a Re-Skills course, does it automatically qualify for the education and training benefit?",
    "Is a Re-Skills course always eligible for the training benefit?",
    "Does a certified Re-Skills course necessarily get the training benefit?",
]


@pytest.mark.parametrize("text", RULE_QUESTIONS)
def test_a_yes_no_rule_question_is_knowledge(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not calls(reply)
    assert reply.follow_up is None
    assert not reply.answer.startswith(("計算するには", "To calculate this"))


def test_a_course_with_figures_is_still_checked() -> None:
    parsed = U.parse("Our course is 40 hours with 20 practical. Is it always certified?")
    assert "reskills_course_check" in parsed.intents


# --- 4. a decided verdict asks nothing more -------------------------------------------------------------------

DECIDED_NO = [
    "I am Chinese and 25 years old, can I apply for the Japan Internship Program?",
    "I live in Japan and I'm 30, can I join JIP?",
    "I'm 45 years old and from Kenya. Can I apply for JIP?",
    "中国籍の25歳です。JIPに応募できますか？",
    "日本に住んでいる30歳です。JIPに応募できますか？",
]


@pytest.mark.parametrize("text", DECIDED_NO)
def test_a_decided_no_asks_for_nothing_more(bot, text: str) -> None:
    reply = converse(bot, text)
    (call,) = calls(reply)
    assert call.name == "jip_eligibility"
    assert reply.follow_up is None


@pytest.mark.parametrize("text", ["I'm from Kenya and 25, can I apply for JIP?",
                                  "ケニア国籍の25歳です。JIPに応募できますか？"])
def test_an_open_verdict_still_asks(bot, text: str) -> None:
    reply = converse(bot, text)
    assert calls(reply)[0].name == "jip_eligibility"
    assert reply.follow_up


# --- 5. "mali" ----------------------------------------------------------------------------------------------

COMMON_WORD = [
    "mali po, 50 employees",
    "sorry mali, 50 employees",
    "mali po ako, 26 years old ako",
    "Mali po pala, N2 ako",
    "mali, I'm 26",
    "ay mali, 26 pala ako",
]


@pytest.mark.parametrize("text", COMMON_WORD)
def test_a_common_word_country_in_a_correction_is_no_nationality(text: str) -> None:
    assert "nationality" not in U.parse(text).slots


@pytest.mark.parametrize("text", ["I am from Mali", "I'm Malian, 25", "Mali citizen, 30 years old",
                                  "My nationality is Mali", "I'm 25 and from Mali, can I apply for JIP?",
                                  "マリ国籍の25歳です。"])
def test_the_country_said_to_be_one_is_the_nationality(text: str) -> None:
    assert U.parse(text).slots.get("nationality") == "Mali"


def test_mali_corrects_the_pending_figure(bot) -> None:
    reply = converse(bot, "We have 40 full-time employees, how many trainees can we accept?", "mali po, 50 employees")
    (call,) = calls(reply)
    assert call.args["full_time_employees"] == 50
    assert "nationality" not in call.args


def test_mali_in_an_eligibility_conversation_keeps_the_nationality(bot) -> None:
    reply = converse(bot, "I'm Filipino and 25, can I apply for JIP?", "mali po, 26 years old ako")
    (call,) = calls(reply)
    assert call.args.get("nationality") != "Mali"
    assert call.args.get("age") == 26
