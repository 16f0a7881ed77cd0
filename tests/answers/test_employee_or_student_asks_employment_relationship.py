"""Class: whether someone would be an employee or rather a learner ("Would they be my employees or more like
students?", 「従業員扱いですか、それとも学生扱いですか」) asks the employment relationship (which the documents state:
"The trainees and the Japanese companies and sole proprietors establish an employee-employer relationship."), not the
headcount of full-time employees nor the students of the internship; a headcount or a student question keeps its
concept (en6s-29)."""

from __future__ import annotations

import pytest

from bot.query import TextAnalyzer, load_vocabulary
from tests.agent.each_asking_part import answered
from tests.test_query_vocabulary import KNOWLEDGE

ANALYZER = TextAnalyzer(load_vocabulary(KNOWLEDGE))


@pytest.mark.parametrize("question", [
    "Would they be my employees or more like students?",
    "Are trainees our employees or just students?",
    "Is a trainee like a student or an employee of the company?",
    "実習生は従業員扱いですか、それとも学生扱いですか？",
    "技能実習生は社員なの？学生みたいなもの？",
])
def test_employee_or_learner_asks_the_employment_relationship(question: str) -> None:
    concepts = ANALYZER.analyze(question).concepts
    assert "employment_relationship" in concepts and "employees" not in concepts, concepts


@pytest.mark.parametrize("question, concept", [
    ("are directors treated as full-time employees?", "employees"),
    ("We have 40 employees, can we take trainees?", "employees"),
    ("Are students eligible for JIP?", "student"),
])
def test_a_headcount_or_student_question_keeps_its_concept(question: str, concept: str) -> None:
    assert concept in ANALYZER.analyze(question).concepts


@pytest.mark.parametrize("question", [
    "I run a small bakery as a sole proprietor, not a company. Can I even take technical intern trainees? Would they "
    "be my employees or more like students? And how long can they stay at most?",
    "Would technical intern trainees be my employees or more like students?",
    "技能実習生は従業員扱いですか、それとも学生扱いですか？",
])
def test_the_employment_relationship_is_quoted(bot, question: str) -> None:
    answered(bot, question, r"employee-employer relationship")
