"""Round 5a classes of answers and search.

1. Each ask of a message of several gets its unit: the year a program started, the count of what it covers and
   whether its trainee is legally an employee ("When was the system started, how many occupations does it cover,
   and is the trainee legally our employee?"). A subject that only a yes/no ask names (the trainee) is no subject of
   the value asks, so the documents' 1993 and 85 occupations are quoted, not an update note instead of them; whether
   someone is an employee in law asks the employment relationship (which the documents state), not the headcount of
   full-time employees; a Japanese clause that adds a yes/no after the asks (それと実習生は法的には従業員なのか、) is an
   ask of its own; "begin", いつできましたか and いつからありますか ask when a system was established.
"""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from bot.query import load_vocabulary, TextAnalyzer
from tests.agent.each_asking_part import answered
from tests.test_query_vocabulary import KNOWLEDGE

ANALYZER = TextAnalyzer(load_vocabulary(KNOWLEDGE))

START_COUNT_EMPLOYEE = [
    "Doing a presentation for our company board about technical intern training. When was the system started, how "
    "many occupations/tasks does it cover, and is the trainee legally our employee or just a trainee?",
    "When did technical intern training begin? How many occupations are covered? Are the trainees legally employees?",
    "取締役会で技能実習について説明します。この制度はいつ始まったのか、対象の職種・作業はいくつあるのか、それと実習生は法的には"
    "うちの従業員なのか、ただの実習生なのか教えてください。",
    "技能実習制度はいつからありますか？対象職種は何職種ですか？あと、実習生は法律上は従業員扱いですか？",
]


@pytest.mark.parametrize("question", START_COUNT_EMPLOYEE)
def test_each_ask_of_start_count_and_employment_gets_its_unit(bot, question: str) -> None:
    answer = answered(bot, question, r"1993", r"85", r"employee-employer relationship")
    assert not answer.startswith(("The documents I have are older", "お手元の資料はこれより前")), answer


@pytest.mark.parametrize("question", [
    "is the trainee legally our employee or just a trainee?",
    "Are technical intern trainees legally employees of the company?",
    "実習生は法的にはうちの従業員なのか",
    "技能実習生は法律上、会社の従業員になるのですか？",
])
def test_an_employee_in_law_asks_the_employment_relationship(question: str) -> None:
    concepts = ANALYZER.analyze(question).concepts
    assert "employment_relationship" in concepts and "employees" not in concepts, concepts


@pytest.mark.parametrize("question", [
    "When did technical intern training begin?",
    "技能実習制度はいつからありますか？",
    "技能実習はいつできましたか",
])
def test_since_when_a_system_exists_asks_when_it_was_established(question: str) -> None:
    assert "established" in ANALYZER.analyze(question).concepts


def test_a_headcount_question_still_asks_about_employees() -> None:
    assert "employees" in ANALYZER.analyze("We have 40 full-time employees: how many trainees can we take?").concepts
    assert "employees" in ANALYZER.analyze("従業員は40人です。実習生は何人まで受け入れられますか").concepts


@pytest.mark.parametrize("clause,added", [
    ("それと実習生は法的にはうちの従業員なのか、", True),
    ("あと、実習生は法律上は従業員扱いですか？", True),
    ("対象の職種・作業はいくつあるのか、", False),
    ("ただの実習生なのか教えてください。", False),
])
def test_a_clause_that_adds_a_yes_no_is_an_ask_of_its_own(types: AnswerTypes, clause: str, added: bool) -> None:
    assert types.opens_added_ask(clause) is added
