"""A question on one criterion of a requirement list, naming the party the list's lead names ("the age limit for JIP
applicants", 「JIPの年齢の条件って何歳から何歳まで」, "the age range"): the item that states that criterion answers, not the
whole list of requirements. A question on the requirements as a whole still gets the list."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

AGE = r"18 to 40 years old"


@pytest.mark.parametrize("question", [
    "What is the age limit for JIP applicants?",
    "What is the age range for JIP applicants?",
    "What's the age bracket for the Japan Internship Program?",
    "JIPの年齢の条件って何歳から何歳までですか？",
    "JIP応募者の年齢制限を教えてください。",
])
def test_one_criterion_is_answered_by_its_item(bot, question: str) -> None:
    answer = answered(bot, question, AGE)
    assert "Proficiency in Japanese" not in answer and "Holding citizenship" not in answer, answer  # no other item


@pytest.mark.parametrize("question", ["What are the requirements for JIP applicants?", "JIPの応募要件をすべて教えて"])
def test_the_requirements_as_a_whole_are_the_list(bot, question: str) -> None:
    answered(bot, question, r"must meet all the following", AGE, r"Proficiency in Japanese")
