"""Class: a program referred to by a generic word ("this internship system", "this program") is the one the message
names elsewhere: beside technical intern trainees it is Technical Intern Training, not the internship program the word
"internship" would name alone."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "I own a small plastic molding company in Shizuoka (third generation, my grandfather started it in 1962). We are "
    "thinking about technical intern trainees for the first time. Two things I'd like to know for my board meeting: "
    "since what year has this internship system existed, and is it true trainees can stay up to five years with any "
    "company, or are there conditions?",
    "We may take technical intern trainees next year. Since when does this internship system exist?",
    "We are thinking about taking jisshusei. Since what year has this internship system existed?",
    "技能実習生の受け入れを初めて検討しています。この研修制度はいつからあるのですか？",
])
def test_this_internship_system_beside_trainees_is_technical_intern_training(bot, question: str) -> None:
    answer = answered(bot, question, r"1993")
    assert "August 1, 2024" not in answer, answer


def test_this_internship_program_beside_jip_stays_jip(bot) -> None:
    answered(bot, "I am a student in Kenya. Can I apply for the JIP? Is there an age limit in this program?",
             r"18 to 40")
