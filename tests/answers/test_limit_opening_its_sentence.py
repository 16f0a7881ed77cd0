"""Class: a restriction that opens its sentence ("Currently, only the two fields of “construction” and “shipbuilding /
ship industry” can be transferred from No. 1") qualifies the rest of its sentence (the fields, the transfer): it
leads ("Only in part") only a yes/no question that names that subject, never one about another subject that shares
only a number label with it ("the No. 2 limit is 17x2 = 34. Is that correct?" of a trainee quota). A question in
Japanese names the subject in words only the glossary reads: the restriction still answers it (as before)."""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits

FIELDS = ("Specific Skill No. 2 is a qualification that can be transferred to those who have completed “Specific Skill "
          "No. 1.” Currently, only the two fields of “construction” and “shipbuilding / ship industry” can be "
          "transferred from No. 1.")


@pytest.mark.parametrize("question", [
    "My colleague says basic number is 17 so the No.2 limit is 17x2 = 34. Is that correct? What are the No.1 and No.2 "
    "limits exactly?",
    "Is the No. 2 limit twice the No. 1 limit? Is that right?",
])
def test_a_restriction_opening_its_sentence_answers_no_other_subject(question: str) -> None:
    assert Limits.load().find(question, [FIELDS], {FIELDS}) is None


@pytest.mark.parametrize("question", [
    "Which fields can be transferred from SSW No. 1 to No. 2? Is it only construction?",
    "Can all fields be transferred to Specific Skill No. 2?",
])
def test_a_restriction_opening_its_sentence_answers_its_own_subject(question: str) -> None:
    found = Limits.load().find(question, [FIELDS], {FIELDS})
    assert found is not None and "construction" in found.x


@pytest.mark.parametrize("question", ["2号にはどの分野でも移れますか？"])
def test_a_japanese_question_on_the_subject_is_still_answered(question: str) -> None:
    found = Limits.load().find(question, [FIELDS], {FIELDS})
    assert found is not None and "construction" in found.x
