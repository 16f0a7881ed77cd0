"""Each ask of a message of several gets its unit: the year a program started, the count of what it covers and whether
its trainee is legally an employee ("When was the system started, how many occupations does it cover, and is the trainee
legally our employee?"). A subject that only a yes/no ask names (the trainee) is no subject of the value asks, so the
documents' 1993 and 85 occupations are quoted, not an update note instead of them."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

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
