"""A question on who counts as a full-time employee for the trainee quota (part-timers, 週20時間のパート, directors,
"do part-timers count as full-time?") with no headcount is answered from the documents (trainees are not counted)
and, beside them, with the rule book's definition (5 days a week, 217 days a year, 30 hours a week; employment
insurance alone is not enough; confidence M; trainees and staff of offices abroad never counted). No quota is computed: no headcount was given."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("text", [
    "Do part-timers count as full-time employees for the trainee quota?",
    "Who counts as a full-time employee for the technical intern quota?",
    "Does a company director count toward the full-time staff for the trainee limit?",
    "Can we include our part timers working 20 hours a week in the full-time headcount?",
    "What is the definition of a full-time employee for accepting technical intern trainees?",
    # the people listed and asked about ("which of these count as full-time employees?")
    "In our company: me, the president, I only get director's remuneration; 6 part-timers, around 4 hours/day; 1 "
    "Japanese guy stationed in our Vietnam office; and 3 technical intern trainees. Which of these count as full-time "
    "employees?",
    # the term quoted as the user read it ("who counts as 'full-time employee'")
    "Before I ask our union (監理団体) about quota I want to understand who counts as 'full-time employee' (常勤職員). "
    "In our company: me, the president, I only get director's remuneration; my son is a director but also works on "
    "the line and gets a salary as an employee; 2 women on maternity leave; 6 part-timers, around 4 hours/day; 1 "
    "Japanese guy stationed in our Vietnam office; and 3 technical intern trainees. Which of these count?",
])
def test_english_full_time_question_states_the_rule_book_definition(bot, text: str) -> None:
    reply = converse(bot, text)
    assert "217 days a year" in reply.answer and "30 hours a week" in reply.answer, reply.answer
    assert "confidence M" in reply.answer and "Employment insurance alone is not enough" in reply.answer
    assert "staff of offices abroad are never counted" in reply.answer  # RULES.md (H), as the Japanese reply says
    assert not any(c.name == "trainee_quota" for c in reply.tool_calls)
    assert not reply.refused


@pytest.mark.parametrize("text", [
    "受入れ人数枠の「常勤職員」って、技能実習生本人とか週２０時間くらいのパートさんも数に入れていいんですか？",
    "常勤職員に役員は含まれますか？",
    "パートさんは常勤職員に入りますか？",
    "週20時間のアルバイトも常勤職員として数えていいですか？",
    "技能実習の受入れで、常勤職員の定義を教えてください。",
])
def test_japanese_full_time_question_states_the_rule_book_definition(bot, text: str) -> None:
    reply = converse(bot, text)
    assert "年217日以上" in reply.answer and "週30時間以上" in reply.answer, reply.answer
    assert "確度M" in reply.answer and "技能実習生本人と海外事業所の職員は数えません" in reply.answer
    assert not any(c.name == "trainee_quota" for c in reply.tool_calls)
    assert not reply.refused


def test_the_definition_comes_before_the_closing_notes(bot) -> None:
    reply = converse(bot, "Do part-timers count as full-time employees for the trainee quota?")
    blocks = reply.answer.split("\n\n")
    at = next(i for i, b in enumerate(blocks) if "217 days a year" in b)
    assert all(b.lstrip().startswith("_") for b in blocks[at + 1:])


@pytest.mark.parametrize("text", [
    "We have 40 full-time staff, standard organization. How many No.1 trainees can we take?",
    "常勤職員は30人です。技能実習生は何人まで受け入れられますか？",
    "What are the working hours of technical intern trainees?",
])
def test_other_questions_carry_no_definition(bot, text: str) -> None:
    reply = converse(bot, text)
    assert "217" not in reply.answer
