"""A count the message says is not full-time (part-timers, a group named after the full-time count's bracket closes)
is never the full-time headcount when a full-time count is stated: "45 full-time staff (not counting our 2 trainees
who came last spring), also 6 part-time ladies" is 45, never 6."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,count", [
    ("we run a metal press factory, 45 full-time staff (not counting our 2 vietnamese trainees who came last spring), "
     "also 6 part-time ladies working 4 hours a day in packing. how many trainees can we have?", 45),
    ("we have 45 full-time staff (not counting our 2 trainees), also 6 part-time workers. how many trainees?", 45),
    ("We have 82 full-time employees (excluding the 4 trainees we already have), plus 10 part-timers.", 82),
    # the count named right after the trainees is still the count as typed
    ("not counting our 4 interns, it's 82 full-time employees. how many trainees?", 82),
])
def test_the_full_time_count_is_the_one_stated(text: str, count: int) -> None:
    assert slots_of(text)["full_time_employees"] == count
