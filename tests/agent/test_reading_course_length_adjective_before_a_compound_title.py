"""A course's length said as an adjective before the course noun, with a title of several subjects between them ("a
120-hour AI and data science course", "a 60-hour cloud, AI & security program", 「120時間のAI・データサイエンス講座」,
「AIとデータサイエンスの120時間講座」), is the course's total: the practical hours said after it are a part of it, and the
Re-Skills check runs on both ("the rest is lectures" confirms the total). Before (en7q-09), an "and" between the words of
the title left the total unread and the reply asked for it.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

COURSES = [
    ("We are an IT school planning a 120-hour AI and data science course for working people. 48 hours are hands-on "
     "exercises and presentations, the rest is lectures.", 120, 48),
    ("a 60-hour cloud, AI & security program: 30 hours are labs.", 60, 30),
    ("We plan an 80-hour web design and marketing course, 30 hours practical.", 80, 30),
    ("We run a one-hundred-twenty-hour AI and data science course; 48 hours of hands-on exercises.", 120, 48),
    ("120時間のAI・データサイエンス講座を計画しています。48時間が演習と発表、残りは講義です。", 120, 48),
    ("社会人向けに120時間のAIとデータサイエンスの講座を計画しています。48時間が演習と発表、残りは講義です。", 120, 48),
    ("AIとデータサイエンスの120時間講座です。演習48時間、残りは講義。", 120, 48),
]


@pytest.mark.parametrize("text,total,practical", COURSES, ids=[f"c{i}" for i in range(len(COURSES))])
def test_the_length_before_the_title_is_the_total(text: str, total: int, practical: int) -> None:
    slots = slots_of(text)
    assert (slots.get("total_hours"), slots.get("practical_hours")) == (total, practical), slots


@pytest.mark.parametrize("text", [
    "We are an IT school planning a 120-hour AI and data science course for working people. 48 hours are hands-on "
    "exercises and presentations, the rest is lectures. Could this be certified as a Re-Skills course?",
    "社会人向けに120時間のAIとデータサイエンスの講座を計画しています。48時間が演習と発表、残りは講義です。Reスキル講座に認定されますか？",
], ids=["en", "ja"])
def test_the_check_runs_on_the_total_and_its_practical_part(bot, text: str) -> None:
    reply = converse(bot, text)
    calls = calls_named(reply, "reskills_course_check")
    assert calls, reply.answer
    assert (calls[-1].args["total_hours"], calls[-1].args["practical_hours"]) == (120, 48)


def test_a_working_day_length_is_no_course_length() -> None:
    assert slots_of("I work 8 hour days and a 40-hour course is planned, 20 hours practical").get("total_hours") == 40
