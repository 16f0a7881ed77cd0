"""Class: "would they be our employees with a contract, or more like visiting students?" (and 研修生扱い / 留学生扱い)
asks the employment relationship, which the documents state ("The trainees and the Japanese companies and sole
proprietors establish an employee-employer relationship."), also beside other asks in one message; not the headcount
of full-time employees (vocabulary ``legal_standing`` with ``employees``) (en7l-09)."""

from __future__ import annotations

import pytest

from bot.query import TextAnalyzer, load_vocabulary
from tests.agent.each_asking_part import answered
from tests.test_query_vocabulary import KNOWLEDGE

ANALYZER = TextAnalyzer(load_vocabulary(KNOWLEDGE))


@pytest.mark.parametrize("question", [
    "would the trainees actually be our employees with a contract, or are they more like visiting students?",
    "Are technical intern trainees our employees under a contract or visiting students?",
    "実習生は従業員扱いですか、それとも留学生扱いですか？",
])
def test_contract_or_visiting_student_asks_the_employment_relationship(question: str) -> None:
    concepts = ANALYZER.analyze(question).concepts
    assert "employment_relationship" in concepts and "employees" not in concepts, concepts


@pytest.mark.parametrize("question", [
    "We run a small metal fabrication shop in Gifu and are thinking of taking technical intern trainees for the first "
    "time. Before I call a supervising organization I'd like the basics straight: is welding one of the covered "
    "occupations, how many occupations are covered in total, and would the trainees actually be our employees with a "
    "contract, or are they more like visiting students?",
    "would technical intern trainees be our employees with a contract, or more like visiting students?",
    "技能実習生は従業員扱いですか、それとも留学生扱いですか？",
])
def test_the_employment_relationship_is_quoted(bot, question: str) -> None:
    answered(bot, question, r"employee-employer relationship")
