"""Whether someone is an employee in law asks the employment relationship (which the documents state), not the headcount
of full-time employees; a headcount question still asks about employees."""

from __future__ import annotations

import pytest

from bot.query import load_vocabulary, TextAnalyzer
from tests.test_query_vocabulary import KNOWLEDGE

ANALYZER = TextAnalyzer(load_vocabulary(KNOWLEDGE))


@pytest.mark.parametrize("question", [
    "is the trainee legally our employee or just a trainee?",
    "Are technical intern trainees legally employees of the company?",
    "実習生は法的にはうちの従業員なのか",
    "技能実習生は法律上、会社の従業員になるのですか？",
])
def test_an_employee_in_law_asks_the_employment_relationship(question: str) -> None:
    concepts = ANALYZER.analyze(question).concepts
    assert "employment_relationship" in concepts and "employees" not in concepts, concepts


def test_a_headcount_question_still_asks_about_employees() -> None:
    assert "employees" in ANALYZER.analyze("We have 40 full-time employees: how many trainees can we take?").concepts
    assert "employees" in ANALYZER.analyze("従業員は40人です。実習生は何人まで受け入れられますか").concepts
