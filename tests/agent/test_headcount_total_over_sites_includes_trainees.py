"""A total said over several sites and said to include trainees (「従業員数は3工場合計で470名ですが、この中に…技能実習生15名が
含まれています」, "470 across 3 plants, and this includes 15 trainees"): the count is the total less them (455). Before,
the number of sites (3工場, 3 plants) was taken for the count the trainees are of, or the total was not read at all."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("グループで技能実習生の受入れを拡大する予定です。従業員数は3工場合計で470名ですが、この中に現在在籍中の技能実習生15名が"
     "含まれています（パートは含んでいません）。1号・2号の受入れ上限をそれぞれ教えてください。", 455),
    ("社員は2拠点合計で120名で、そのうち実習生が10名含まれています。何人まで？", 110),
    ("従業員は2つの工場で合わせて200名、そのうち実習生が12名です。何人まで？", 188),
    ("Our headcount is 470 across 3 plants, and this includes 15 technical intern trainees currently enrolled "
     "(part-timers not included). Limits for No.1 and No.2?", 455),
    ("We have 470 employees in total at our three factories; this includes 15 trainees. How many trainees can we "
     "take?", 455),
    ("We have 470 employees; 15 trainees are included in that number. How many trainees can we take?", 455),
])
def test_total_over_sites_said_to_include_trainees_is_less_them(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == count
    assert [k for k, _ in parsed.notes] == ["assume.trainees_excluded"]


@pytest.mark.parametrize("text,count", [
    ("従業員数は3工場合計で470名です。何人まで？", 470),
    ("We have 470 employees across 3 plants. How many trainees can we take?", 470),
])
def test_total_over_sites_with_no_part_is_the_count(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count
