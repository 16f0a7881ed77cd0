"""A user who says they are no student ("since I'm a graduate and not a student anymore", もう学生ではありません) is a
graduate only: the graduates' criterion (a certificate of graduation) is the evidence, not the students' one."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("text", [
    "what documents do I need since I'm a graduate and not a student anymore?",
    "I am a graduate, no longer a student. What must I submit?",
    "大学は卒業していて、もう学生ではありません。必要な書類は何ですか？",
])
def test_a_user_who_is_no_student_is_read_as_a_graduate_only(types: AnswerTypes, text: str) -> None:
    criteria = types.attribute_criteria(text)
    assert any(p.search("Graduates must be able to submit a certificate of graduation") for p in criteria)
    assert not any(p.search("Students must be able to submit a certificate of enrollment") for p in criteria)


# (a year of study says so too: 大学3年生, 修士1年生)
@pytest.mark.parametrize("text", ["I'm a student at a university in Hanoi.", "大学生です。", "私は大学3年生です。",
                                  "修士１年生で、ベトナムに住んでいます。"])
def test_a_student_is_still_a_student(types: AnswerTypes, text: str) -> None:
    assert any(p.search("Students must be able to submit a certificate") for p in types.attribute_criteria(text))


def test_the_graduates_criterion_is_quoted_beside_the_verdict(bot) -> None:
    answered(bot, "Salem! I'm from Almaty, I graduated from university in 2019 and now work as an engineer. I turned 40 "
                  "in March 2024 - am I too old for the Japan Internship Program? And what documents do I need since "
                  "I'm a graduate and not a student anymore?", r"certificate of graduation", refused=None)
