"""A follow-up that names another program only as where people come from ("can those who completed technical intern
training No.2 get it without the exams?", 「技能実習2号を終えた人は試験なしで1号になれる？」 after a Specified Skill
question) asks of the previous program's route: it is searched in that program, and its "No.1" is the previous
program's, so the answer is the Specified Skill sentence naming the route, never "the documents do not mention the
exams of technical intern training". A follow-up that asks of the other program itself keeps that program."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

SSW_FIRST = {
    "en": "What is the Specified Skilled Worker No.1 status?",
    "ja": "特定技能って1号と2号があるんですよね？ざっくり違いを教えてください。",
}


@pytest.mark.parametrize(("lang", "follow_up"), [
    ("ja", "1号だと何年働けますか？それと、技能実習2号を終えた人は試験なしで1号になれるんですか？"),
    ("ja", "技能実習を修了した人も1号になれますか？"),
    ("en", "How long can No.1 workers stay? And can people who completed technical intern training No.2 get it without "
           "the exams?"),
    ("en", "Can someone who finished technical intern training move to No.1 without taking the tests?"),
])
def test_a_program_named_as_origin_keeps_the_previous_program(bot, lang: str, follow_up: str) -> None:
    answer = answered(bot, [SSW_FIRST[lang], follow_up], r"completing Technical Intern Training No\. 2")
    assert "記載はありません" not in answer and "do not mention" not in answer, answer


@pytest.mark.parametrize("follow_up", [
    "技能実習の期間は最長何年ですか？",
    "How many occupations does technical intern training cover?",
])
def test_a_follow_up_about_the_other_program_itself_is_of_it(bot, follow_up: str) -> None:
    answered(bot, [SSW_FIRST["ja" if "技能" in follow_up else "en"], follow_up], r"(?i)five years|5 years|85")
