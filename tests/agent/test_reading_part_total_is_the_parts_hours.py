"""A part's own total ("実習系は合計22時間です", "演習とグループ発表の時間は合計36時間です", "the practical part is 22 hours in
total", "practical work totals 22 hours") is that part's hours: the word "total" beside a part never makes its number
the course's total, which stays as given before. Before, ja5h-12's second turn ran the check with total 22 and practical 4
(the forgotten part), and ja5g-23's second turn with no total."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,hours", [
    ("失礼しました、最後のグループ発表4時間を数え忘れてました。実習系は合計22時間です。", 22),
    ("演習とグループ発表の時間は合計36時間です。", 36),
    ("演習と発表で合わせて22時間です", 22),
    ("Sorry, I forgot the final 4-hour group presentation. The practical part is 22 hours in total.", 22),
    ("Sorry, I forgot the 4h group presentation, so practical work totals 22 hours.", 22),
    ("exercises and presentations come to 22 hours altogether", 22),
])
def test_a_parts_total_is_the_parts_hours(text: str, hours: int) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert slots.get("practical_hours") == hours, slots
    assert "total_hours" not in slots, slots


@pytest.mark.parametrize("text,total,practical", [
    ("総時間40時間のうち、演習が18時間です。", 40, 18),
    ("講座は合計40時間で、演習は18時間", 40, 18),
    ("The course is 40 hours in total, 18 of which are exercises", 40, 18),
    ("The course is 40 hours total, practical is 22 hours", 40, 22),
])
def test_a_course_total_stays_the_total(text: str, total: int, practical: int) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert (slots.get("total_hours"), slots.get("practical_hours")) == (total, practical), slots


@pytest.mark.parametrize("first,second,practical,total", [
    ("社会人向けのデータサイエンス講座をやってます。総時間40時間のうち、演習が18時間です。Re-Skills講座の認定条件は満たしてますか？",
     "失礼しました、最後のグループ発表4時間を数え忘れてました。実習系は合計22時間です。", 22, 40),
    ("データサイエンスの社会人講座でRe-Skills認定を取りたいです。講座は全部で60時間です。要件を満たしていますか？",
     "演習とグループ発表の時間は合計36時間です。", 36, 60),
    ("We run a 40-hour data science course for working adults; 18 hours are exercises. Does it meet the Re-Skills "
     "requirements?", "Sorry, I forgot the 4-hour group presentation. The practical part is 22 hours in total.", 22, 40),
])
def test_the_check_runs_with_the_part_and_the_total_given_before(bot, first, second, practical, total) -> None:
    reply = converse(bot, first, second)
    calls = calls_named(reply, "reskills_course_check")
    assert calls, reply.tool_calls
    args = calls[-1].args
    assert (args["practical_hours"], args["total_hours"]) == (practical, total), args
