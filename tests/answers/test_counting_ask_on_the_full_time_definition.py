"""A counting ask on the full-time definition ("who counts as 'full-time employee'? me, the president,
on director's remuneration; my son, a director paid a salary; 2 women on maternity leave; 6 part-timers; 1 guy in our
Vietnam office; 3 trainees. Which of these count?") is answered from the documents, never refused:

- the people a headcount names (directors, part-timers, staff on leave or posted abroad: ``staff_kinds``) are words of
  the topic, not content the documents lack, and "which of these count?" asks about the part before it (a back
  reference), so the message is relevant;
- which of the people named a count includes asks a condition and an exclusion, not the salary or remuneration the
  background states, nor an office (誰が常勤に数えられますか is no "who runs it?"): the unit that says whom the count
  leaves out answers;
- a restriction stated for one case ("For nursing care occupations, full-time employees are limited to ...") answers
  no yes/no of a question that names another case.
"""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits
from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered

COUNTING = [
    "Before I ask our union (監理団体) about quota I want to understand who counts as 'full-time employee' (常勤職員). In "
    "our company: me, the president, I only get director's remuneration; my son is a director but also works on the "
    "line and gets a salary as an employee; 2 women on maternity leave; 6 part-timers, around 4 hours/day; 1 Japanese "
    "guy stationed in our Vietnam office; and 3 technical intern trainees. Which of these count?",
    "Our staff: the president paid only director's remuneration, 4 part-timers, one engineer on childcare leave, and 2 "
    "technical intern trainees. Which of them are counted as full-time employees for the quota?",
    "うちの会社には、役員報酬だけの社長の私、給与をもらって現場で働く取締役の息子、産休中の女性2名、1日4時間のパート6名、ベトナム"
    "事務所に駐在する日本人1名、技能実習生3名がいます。このうち誰が常勤職員に数えられますか？",
]


@pytest.mark.parametrize("question", COUNTING)
def test_a_counting_ask_on_the_full_time_definition_is_answered(bot, question: str) -> None:
    answer = answered(bot, question, r"does not include technical intern trainees")
    assert "nursing care" not in answer.split("\n\n")[0], answer


@pytest.mark.parametrize("question", [
    "Which of these count?",
    "Who counts as a full-time employee?",
    "Which of them are counted as full-time employees?",
    "このうち誰が常勤職員に数えられますか？",
])
def test_which_of_the_people_named_count_asks_whom_the_count_leaves_out(types: AnswerTypes, question: str) -> None:
    ask = types.classify(question)
    assert "exclusion" in ask.types and not ask.hard, ask


def test_the_background_salary_is_no_amount_asked(types: AnswerTypes) -> None:
    ask = types.classify("My son is a director and gets a salary as an employee. Which of these count?")
    assert "amount" not in ask.types, ask


@pytest.mark.parametrize("question", ["誰が運営していますか？", "だれが担当ですか"])
def test_who_runs_it_still_asks_an_office(types: AnswerTypes, question: str) -> None:
    assert "office" in types.classify(question).types


NURSING = "For nursing care occupations, full-time employees are limited to those whose main job is nursing care."


@pytest.mark.parametrize("question", [
    "Which of these count as full-time employees: the president, part-timers, trainees?",
    "このうち誰が常勤職員に数えられますか？",
])
def test_a_restriction_for_another_case_answers_no_yes_no(question: str) -> None:
    found = Limits.load().find(question, [NURSING], {NURSING})
    assert found is None, found


@pytest.mark.parametrize("question", [
    "For nursing care trainees, can we count our office staff and nurses too as full-time employees?",
    "介護の実習生の受入れで、常勤職員に看護師も数えられますか",
])
def test_a_restriction_for_the_case_asked_still_answers(question: str) -> None:
    assert Limits.load().find(question, [NURSING], {NURSING}) is not None
