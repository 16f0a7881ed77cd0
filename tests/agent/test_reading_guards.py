"""The limits of the reading classes (tests/agent/test_reading_<class>.py: count qualified after it, supervising
organization status, ...): what each rule must NOT take.

A knowledge question is a search only while no calculator quantity is given; a grade number ("第2号") is not a
value a short reply gives; an article after "at"/"in" is not a place; an age asked about needs the word age.
"""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,task", [
    ("We have 50 full-time employees. How many trainees can we accept, and where do we apply?", "trainee_quota"),
    ("Our course is 40 hours with 25 hours of practice; by when must we apply for Re-Skills certification?",
     "reskills_course_check"),
    ("常勤職員60人です。受け入れ人数と申請の締切を教えてください。", "trainee_quota"),
])
def test_a_knowledge_word_beside_a_calculator_quantity_keeps_the_calculation(text: str, task: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not parsed.asks_knowledge
    assert task in parsed.intents


@pytest.mark.parametrize("text", [
    "When is the deadline for the Japan Internship Program applications?",
    "Whom do I contact about trainee quotas?",
    "Re-Skills講座の申請書類はどこに送ればいいですか？",
    "活動支援金に税金はかかりますか？",
])
def test_a_question_for_a_date_place_contact_or_tax_is_a_knowledge_question(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.asks_knowledge and not parsed.intents and not parsed.implied


@pytest.mark.parametrize("text,numbers", [
    ("第2号の上限は何人？", []),
    ("1号は？", []),
    ("いや、実習生を除くと40人です。", [40.0]),
    ("えっと、正しくは45人でした", [45.0]),
])
def test_a_lone_japanese_value_is_a_number_a_grade_is_not(text: str, numbers: list[float]) -> None:
    assert UNDERSTANDER.parse(text).numbers == numbers


@pytest.mark.parametrize("text,residing", [
    ("I'm Kenyan, working at a hospital in Nairobi. Can I apply for JIP?", False),
    ("Indian, 28, working at an IT company in Yokohama. Am I eligible for JIP?", True),
])
def test_the_place_after_an_activity_is_the_named_place_not_an_article(text: str, residing: bool) -> None:
    # a place outside Japan is never read as residing in Japan (unread is fine: the tool asks)
    assert (UNDERSTANDER.parse(text).slots.get("residing_in_japan") is True) is residing


@pytest.mark.parametrize("text", [
    "Is 50 ok for a course length?",
    "We have 38 staff, is that fine?",
])
def test_a_number_asked_about_without_the_word_age_is_not_an_age(text: str) -> None:
    assert "age" not in UNDERSTANDER.parse(text).slots


@pytest.mark.parametrize("text,correction", [
    ("Is it 45 or not 20?", False),
    ("45 days, not 20 days, sorry", True),
])
def test_a_value_replaced_after_it_is_a_correction_only_at_the_end(text: str, correction: bool) -> None:
    assert UNDERSTANDER.parse(text).correction is correction
