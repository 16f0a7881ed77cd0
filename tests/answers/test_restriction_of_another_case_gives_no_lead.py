"""Class: a partial yes/no lead ("Only in part: the documents limit this to those whose main job is nursing care") is
never taken from a restriction stated for another case than the ask's. The case a restriction opens with ("For nursing
care occupations, ...") is told apart by its modifiers ("nursing care"), not by its head noun ("occupations"): a
question on the covered occupations, or on counting trainees, names no such case (limits._other_case); one naming
nursing care keeps the restriction (en7l-09)."""

from __future__ import annotations

import pytest

from bot.answers.limits import ONLY, Limits
from tests.agent.each_asking_part import answered

NURSING = "For nursing care occupations, “full-time employees are limited to those whose main job is nursing care."


@pytest.mark.parametrize("question", [
    "Before I call a supervising organization I'd like the basics straight: is welding one of the covered occupations, "
    "how many occupations are covered in total, and would the trainees actually be our employees with a contract, or "
    "are they more like visiting students?",
    "Are trainees in covered occupations counted among full-time employees?",
    "Is welding a covered occupation, and are trainees counted as full-time employees?",
])
def test_no_lead_from_another_case(question: str) -> None:
    assert Limits.load().find(question, [NURSING], {NURSING}) is None


@pytest.mark.parametrize("question", [
    "For nursing care, do all our full-time employees count?",
    "In nursing care occupations, can every full-time employee be counted?",
    "介護職種では、常勤職員は全員数えられますか？",
])
def test_the_case_named_keeps_its_restriction(question: str) -> None:
    found = Limits.load().find(question, [NURSING], {NURSING})
    assert found is not None and found.kind == ONLY, found


def test_the_whole_message_gets_no_nursing_lead(bot) -> None:
    answer = answered(bot, "We run a small metal fabrication shop in Gifu. Is welding one of the covered occupations, "
                           "how many occupations are covered in total, and would the trainees actually be our "
                           "employees with a contract, or are they more like visiting students?",
                      r"(?i)weld", r"85")
    assert "Only in part" not in answer and "nursing care" not in answer.split("\n\n")[0], answer
