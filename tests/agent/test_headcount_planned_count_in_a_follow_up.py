"""A planned count said alone in a follow-up (「正社員を110名まで増やす予定です。そうなったら…」「120名になる見込みです」, "next spring
we will grow to 110 full-time staff"): the calculation runs on it and the reply says it is the planned figure. Before,
「…を110名まで増やす」 was read as no count at all, so the count of the earlier turn (95) stayed."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("来年の春に新工場が稼働して、正社員を110名まで増やす予定です。そうなったら1号と2号はそれぞれ何人までいけますか？", 110),
    ("従業員を120人に増員する予定です。その場合は？", 120),
    ("社員を150名まで増やすつもりです。何人までになりますか？", 150),
    ("正社員が110名になる予定です。そうなったら何人？", 110),
    ("Next spring we will grow to 110 full-time staff. How many No.1 and No.2 then?", 110),
    ("We plan to increase to 120 employees next year. What would the limits be?", 120),
    ("Once we reach 150 full-time employees, how many trainees can we take?", 150),
])
def test_planned_count_said_alone_is_the_count_and_said_as_planned(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == count
    assert ("reading.count_planned_figure", {"count": count}) in parsed.notes


@pytest.mark.parametrize("text", [
    "正社員は今198名です。来年4月に新卒が7名入社して205名になる予定です。",
    "これから実習生を受け入れたいのですが、常勤は30名です。何人まで？",
    "We have 40 full-time staff and will take trainees next year. How many?",
])
def test_count_of_now_is_not_said_as_planned(text: str) -> None:
    assert "reading.count_planned_figure" not in [key for key, _ in UNDERSTANDER.parse(text).notes]
