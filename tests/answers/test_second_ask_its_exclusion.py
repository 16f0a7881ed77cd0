"""Class: of two yes/no asks, the second asks whether the user's own thing qualifies ("our beginner course teaches
basic Excel and intro to programming, can that one also be certified?", 入門講座も認定されますか) and its own
selection only repeats the first ask's unit (the MHLW benefit): the unit that excludes what it names ("Fundamental
and basic IT skill courses are excluded") answers it, beside the first ask's answer."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Sain baina uu. I am Mongolian, I run a small programming school in Tokyo. Two questions: 1) if METI certifies our "
    "course, do our students then automatically get the MHLW education/training benefit money? 2) our beginner course "
    "teaches basic Excel and intro to programming, can that one also be certified?",
    "If our course is certified by METI, is it automatically covered by the MHLW training benefit? And our basic "
    "computer course (Word, Excel, typing), can that one be certified too?",
    "①経済産業省の認定を受ければ、受講者は自動的に厚生労働省の教育訓練給付の対象になりますか。②初心者向けのExcel基礎と"
    "プログラミング入門の講座も認定の対象になりますか。",
])
def test_the_second_ask_gets_the_exclusion(bot, question: str) -> None:
    answered(bot, question, r"(?i)separately", r"(?i)basic IT skill courses are excluded")


@pytest.mark.parametrize("question", [
    "2) our beginner course teaches basic Excel and intro to programming, can that one also be certified?",
    "can this course also be certified?",
    "could those ones be certified as well?",
])
def test_whether_that_one_can_be_certified_asks_the_condition(types: AnswerTypes, question: str) -> None:
    assert "condition" in types.classify(question).types
