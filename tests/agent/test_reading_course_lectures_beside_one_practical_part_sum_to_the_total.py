"""A course given as its lecture hours and one practical part, with no total stated, is the sum of the two.

The class (ja7x-09): 「座学が22時間でハンズオン演習が18時間」, "22 hours of lectures and 18 hours of hands-on exercises",
「講義が22時間、実習が18時間」 describe a 40-hour course with 18 practical hours (45%: not certifiable). Before, the Japanese
lectures were not read at all (the total was asked for), and in English the lectures were read as the course's total
(18 of 22: a wrong verdict) or the practical hours as the total too. A stated total still wins (a 40-hour course of 22
hours of lectures and 18 hands-on is 40), and a course given as its total and one practical part is read as before.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "うちで作ってるデータサイエンス講座、座学が22時間でハンズオン演習が18時間なんですが、Re-Skills講座の認定とれそうですか？",
    "講座は座学22時間、演習18時間です。認定されますか？",
    "講義が22時間、実習が18時間の講座です。認定されますか？",
    "Our data science course has 22 hours of lectures and 18 hours of hands-on exercises. Can it be certified?",
    "Our course: lectures 22h, hands-on labs 18h. Can it be certified?",
    "We run a 40-hour course: 22 hours of lectures and 18 hours of hands-on exercises. Can it be certified?",
])
def test_lectures_and_one_practical_part_are_the_course(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (40, 18), parsed.slots


@pytest.mark.parametrize("text,total,practical", [
    ("Our course is 60 hours, 30 hours of it hands-on labs. OK?", 60, 30),
    ("講座は全部で60時間、そのうち実習が30時間です。認定されますか？", 60, 30),
])
def test_a_total_and_one_practical_part_are_read_as_before(text: str, total: int, practical: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (total, practical), parsed.slots


@pytest.mark.parametrize("text", [
    "Our data science course has 22 hours of lectures and 18 hours of hands-on exercises. Can it be certified?",
    "うちで作ってるデータサイエンス講座、座学が22時間でハンズオン演習が18時間なんですが、Re-Skills講座の認定とれそうですか？",
])
def test_the_check_runs_on_the_sum_and_fails_below_half(bot, text: str) -> None:
    reply = converse(bot, text)
    calls = [c.args for c in reply.tool_calls if c.name == "reskills_course_check"]
    assert calls and (calls[-1].get("total_hours"), calls[-1].get("practical_hours")) == (40, 18), reply.tool_calls
    assert "45%" in reply.answer, reply.answer[:300]
