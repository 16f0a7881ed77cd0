"""Departments each said with a word for people and their own full-time word ("28 workers full time in the factory and
6 full time in the office", "20 staff full-time on the line, 5 full-time in the office") are summed: the count is
never the last department's number alone (en7k-12 was read as 6)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("we have 28 workers full time in the factory and 6 full time in the office. how many trainees?", 34),
    ("hi. we are small metal pressing company. we have 28 workers full time in the factory and 6 full time in the "
     "office. also 5 part time ladies for packing (4h a day) and 3 vietnamese trainees now (No.1). how many No.1?", 34),
    ("20 staff full-time on the line, 5 full-time in the office. how many trainees can we take?", 25),
    ("12 people full time in the workshop and 3 employees full time in admin. trainee quota?", 15),
])
def test_departments_each_qualified_are_summed(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == count


def test_a_part_time_department_is_left_out() -> None:
    text = "28 workers full time in the factory and 6 part time in the office. how many trainees?"
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 28
