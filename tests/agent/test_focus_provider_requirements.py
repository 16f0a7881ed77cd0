"""Class: whose requirements a question asks. Asked of the organisation that provides a course (the training
provider, 実施する事業者側), the answer quotes the requirements on organisations running the courses (stable
operation, organisational systems, facilities and lecturers, eligibility), in English and Japanese; asked of the
course, the course requirements stay the answer."""

from __future__ import annotations

import pytest


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question", [
    "研修事業者として、Re-Skills講座の認定を受けるには、講座の中身とは別に、実施する事業者側にはどのような要件が求められますか？",
    "Re-Skills講座を実施する事業者にはどのような要件がありますか？",
    "What requirements must the organizations providing Re-Skills courses meet?",
    "As a training provider, apart from the course content, what requirements apply to us as the provider for Re-Skills certification?",
])
def test_the_providers_requirements_are_quoted(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused, reply.answer
    assert "lecturers" in reply.answer and "disqualifying" in reply.answer


@pytest.mark.parametrize("question", [
    "What requirements must a Re-Skills course meet?",
    "What are the requirements for a course to be certified under Re-Skills?",
])
def test_the_course_requirements_stay_the_answer_for_the_course(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert "at least 50%" in reply.answer
