"""A place named 事務所 or 営業所 is no office role (knowledge/nlu/ja.yaml ``excluded_parts`` non-care roles).

The class: in nursing care only staff whose main job is care count, so 「そのうち5人は事務職です」 (an office role) comes out
of the count; but 事務 inside 事務所 (「そのうち5人は第二事務所に勤務しています」「うち事務所の職員が5人」) names where they work, not
their role, and nothing comes out.
"""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander


@pytest.mark.parametrize(("text", "count"), [
    ("介護施設です。常勤職員は25人で、そのうち5人は事務職です。実習生は何人まで？", 20),
    ("介護施設です。常勤職員は25人で、うち事務員が5人です。実習生は何人まで？", 20),
    ("介護施設です。常勤職員は25人で、そのうち5人は第二事務所に勤務しています。実習生は何人まで？", 25),
    ("介護施設です。常勤職員は25人で、うち事務所の職員が5人です。実習生は何人まで？", 25),
    ("介護施設です。常勤職員は25人で、そのうち5人は営業所の勤務です。実習生は何人まで？", 25),
])
def test_an_office_role_is_left_out_and_an_office_place_is_not(text: str, count: int) -> None:
    assert repo_understander().parse(text).slots.get("full_time_employees") == count
