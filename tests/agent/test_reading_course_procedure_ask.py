"""Class: how to apply for a course's certification ("can you explain step by step how we apply? which forms?", "what
is the application procedure", 「申請の手順を教えてください」), asked of a course with none of its hours given, starts no
calculator (before: "our data science course for the Re-Skills certification" started the course check, which asked
for the course's hours). With the course's hours given, or a plain "can our course be certified?", the check runs."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Hi team, we are training company with office in Bengaluru and Tokyo. We want to apply our data science course for "
    "the Re-Skills certification. Can you explain step by step how we apply? What system, which forms, and what "
    "happens after we send?",
    "How do we apply to get our AI course certified as a Re-Skills course? Which forms do we need?",
    "We offer a cloud security bootcamp and want it certified. What is the application procedure?",
    "Our IoT course should get Re-Skills certification - where do we submit, and what happens after?",
    "当社のデータサイエンス講座をReスキル講座として認定してもらいたいです。申請の手順を教えてください。どのシステムで、どの様式を出せばいい"
    "ですか？",
])
def test_a_procedure_ask_about_a_course_starts_no_calculator(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert nlu.RESKILLS not in parsed.intents


@pytest.mark.parametrize("text", [
    "Our course is 40 hours with 20 hours of exercises. Can it be certified? How do we apply?",
    "Can our data science course be certified as a Re-Skills course?",
    "We run an AI course, 60 hours. Can our course be certified?",
])
def test_a_course_with_its_hours_or_a_plain_certification_ask_is_checked(text: str) -> None:
    assert nlu.RESKILLS in UNDERSTANDER.parse(text).intents
