""""What are the steps to apply?" (the steps, plural) asks all of them: the forms step (Form 1 to Form 6) is quoted
beside the ID step."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

STEPS_AND_MAIL = [
    "Our small training company in Tokyo want to get the Re-Skills course certification for our data science course. "
    "What are the steps to apply? which online system we use, and who we call to get the ID and password? And if we "
    "cannot send attachments online what we do?",
    "Which are the steps for applying for Re-Skills course certification? And who do we contact for the ID and "
    "password?",
]


@pytest.mark.parametrize("question", STEPS_AND_MAIL)
def test_the_steps_asked_in_the_plural_are_all_of_them(bot, question: str) -> None:
    answered(bot, question, r"Form 1 to Form 6", r"03-3501-2646")
