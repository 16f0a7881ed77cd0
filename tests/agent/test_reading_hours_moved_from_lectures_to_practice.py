"""Hours moved from a part of a course that is no figure (lectures, 講義, 座学) to its practical part ("we cut 4 hours of
lectures and move them to exercises", 「講義を4時間削って、その分を演習に回します」): the practical hours grow by them and the
total stays; a part total stated beside the move (「つまり実習系が22時間」) is the practical hours. Before, ja6c-18's move was
read as hours taken from no named figure, 「実習系が22時間」 was not read, and the course was checked again on 18 hours."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

FIRST_JA = ("IoT分野でRe-Skills講座の認定申請を検討している研修会社です。講座全体が４０時間で、そのうち実習・演習・プレゼンの時間が"
            "１８時間です。この構成で認定要件を満たせますか？")
FIRST_EN = ("We plan an AI course: 40 hours in total, 18 hours of it hands-on exercises. Does it meet the Re-Skills practical "
            "requirement?")

MOVES = [
    (FIRST_JA, "講義を４時間削って、その分を演習に回します。つまり実習系が２２時間、合計は４０時間のままです。これならどうですか？"),
    (FIRST_JA, "講義を４時間削って、その分を演習に回します。これならどうですか？"),
    (FIRST_JA, "講義を4時間減らして演習に回したら？"),
    (FIRST_JA, "座学から実習へ4時間移したらどうですか"),
    (FIRST_JA, "講義の4時間を演習に回します。"),
    (FIRST_JA, "講義4時間分を演習に変えます"),
    (FIRST_JA, "座学の4時間をハンズオンに置き換えたらどうでしょう"),
    (FIRST_JA, "講義を4時間減らして、演習を4時間増やします"),
    (FIRST_EN, "cut lectures by 4 hours and add 4 hours of exercises"),
    (FIRST_EN, "We cut 4 hours of lectures and move them to exercises. Does it pass now?"),
    (FIRST_EN, "what if we move 4 hours from lectures to hands-on?"),
    (FIRST_EN, "ok, we shift 4 hours from the lectures to practical work, so practical is 22 hours and the total stays 40."),
    (FIRST_EN, "we turn 4 lecture hours into hands-on exercises"),
    (FIRST_EN, "replace 4 hours of lectures with exercises, total unchanged"),
    (FIRST_EN, "what if we convert 4 hours of lecture into practice?"),
]


@pytest.mark.parametrize(("first", "second"), MOVES)
def test_the_move_adds_to_the_practical_hours_and_keeps_the_total(first: str, second: str) -> None:
    parsed = UNDERSTANDER.parse(second)
    assert parsed.slots.get("practical_hours", 22) == 22
    assert parsed.increments.get("practical_hours", 4) == 4
    assert "practical_hours" in parsed.slots or parsed.increments.get("practical_hours") == 4
    assert parsed.slots.get("total_hours", 40) == 40
    assert "total_hours" in parsed.slots or "total_hours" in parsed.kept


@pytest.mark.parametrize(("first", "second"), MOVES)
def test_the_course_is_checked_again_with_the_moved_hours(bot, first: str, second: str) -> None:
    reply = converse(bot, first, second)
    args = calls_named(reply, "reskills_course_check")[-1].args
    assert (args["practical_hours"], args["total_hours"]) == (22, 40)


@pytest.mark.parametrize("text,hours", [
    ("実習系が22時間、合計は40時間です", 22),
    ("実習系は18時間です", 18),
])
def test_a_stated_practical_part_is_its_hours(text: str, hours: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("practical_hours") == hours


@pytest.mark.parametrize("text", [
    "周辺業務を100時間減らして、その分を関連業務に回したら？",
    "replace 100 hours of peripheral work with related work",
    "we turn 100 peripheral hours into related",
    "cut 100 hours of peripheral and add 100 hours to related",
])
def test_a_move_between_plan_parts_still_moves_both(text: str) -> None:
    assert UNDERSTANDER.parse(text).increments == {"peripheral_hours": -100, "related_hours": 100}
