"""Class: a limit lead comes only from a unit about the question's own subject. A restriction a quoted unit states
on another subject (the small company's yearly quota "limited to 10% of the full-time employees", the five-year
training "limited to excellent companies") answers no yes/no about the employment relationship; the relation asked
is answered by the unit stating it, first. A restriction of the span asked ("5年いけますか？") still answers."""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits

QUOTA = ("The number of full-time employees does not include technical intern trainees (No. 1, No. 2, and No. 3). In "
         "addition, if the recipient company is small (with less than 30 full-time employees), the maximum number of "
         "recipients per year is limited to 10% of the number of full-time employees.")
FIVE = ("Through the technical training for up to five years (limited to excellent companies under an excellent "
        "supervisory organization) for young people in developing regions, the program aims to transfer skills.")


@pytest.mark.parametrize("question", [
    "技能実習生と受入れ企業は雇用契約を結ぶ関係になるのでしょうか。それとも手当を払う形ですか？",
    "Do technical intern trainees and the company have an employment relationship?",
    "Is a technical intern trainee employed by the host company, or paid an allowance like a trainee?",
])
def test_a_limit_on_another_subject_answers_no_relation_question(question: str) -> None:
    limits = Limits.load()
    assert limits.find(question, [QUOTA, FIVE], {QUOTA, FIVE}) is None


@pytest.mark.parametrize("question", ["中小企業でも5年いけますか？", "Can a small company keep trainees for up to five years?"])
def test_a_limit_on_the_span_asked_still_answers(question: str) -> None:
    found = Limits.load().find(question, [FIVE], {FIVE})
    assert found is not None and "excellent" in found.x
