"""Class: "which of these courses can be certified?" after the courses are described ("Our school has two courses: a
basic Excel ... course, and an AWS cloud architect course. Which one can be a Re-Skills course? Also, ... the MHLW
training benefit?") asks about the things the message named before it (answer_types ``points_back``): the part is read
with those sentences and quotes the unit of what is covered (the fields: AI, IoT, data science and cloud computing)
with the exclusion stated right after it (fundamental and basic IT skill courses), beside the answers to the other
parts (en4b-20 answered only the benefit part). EN and JA."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Our school has two courses: a basic Excel + IT Passport preparation course, and an AWS cloud architect course. "
    "Which one can be a Re-Skills course? Also, if certified, do our students automatically get the MHLW training "
    "benefit?",
    "We offer an IoT course and a basic computer literacy course. Which one can become a Fourth Industrial Revolution "
    "Skills Course, and what are the requirements for the provider?",
    "We have a cloud computing course and an Excel for beginners course. Which of them can be a Re-Skills course? And "
    "when was the application period?",
    "うちの学校にはExcel初心者向け講座とAWSクラウド講座があります。どちらがReスキル講座として認定されますか？また、認定されたら"
    "厚生労働省の教育訓練給付は自動的に受けられますか？",
])
def test_which_course_qualifies_quotes_the_coverage_and_its_exclusion(bot, question: str) -> None:
    answered(bot, question, r"cloud computing", r"Fundamental and basic IT skill courses are excluded")


def test_the_other_part_is_still_answered(bot) -> None:
    answered(bot, "Our school has two courses: a basic Excel + IT Passport preparation course, and an AWS cloud "
                  "architect course. Which one can be a Re-Skills course? Also, if certified, do our students "
                  "automatically get the MHLW training benefit?", r"separately with MHLW", r"cloud computing")


@pytest.mark.parametrize("question, points", [
    ("Which one can be a Re-Skills course?", True),
    ("Which of them could qualify?", True),
    ("Which of our courses can be certified?", True),
    ("どちらがReスキル講座として認定されますか？", True),
    ("Which fields are covered?", False),
    ("Can our Excel course be certified?", False),
])
def test_a_question_pointing_back(question: str, points: bool) -> None:
    assert AnswerTypes.load().asks_of_background(question) is points
