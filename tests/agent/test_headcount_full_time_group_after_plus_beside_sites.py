"""A group after "plus" with its full-time qualifier in brackets or after a comma, after a list of sites ("factory 1 has
22 full-timers, factory 2 has 35, factory 3 has 18, plus 9 in the office (also full time)", 「第1工場に正社員22名、…、ほかに
事務所に9名（こちらも正社員）」): the group is added to the sites' sum (84), in English as a department of the list named
after its count ("9 in the office"), which the calculator's sum then holds. Before, only the factories were summed (75);
a group said to be part-time is still not added."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("Hi, we are a metal parts maker. Staff: factory 1 has 22 full-timers, factory 2 has 35, factory 3 has 18, plus 9 "
     "in the office (also full time). We also already have 6 Vietnamese trainees and 5 part-time ladies doing packing "
     "about 4 hours a day. How many trainees can we have at most, No.1 and No.2?", 84),
    ("factory 1 has 22 full-timers, factory 2 has 35, factory 3 has 18, plus 9 full-timers in the office. Limit?", 84),
    ("factory 1 has 22 full-timers, factory 2 has 35, factory 3 has 18, plus 9 in the office, also full time. Limit?", 84),
    ("We have 75 full-timers at the plant, plus 9 people in the office (all full-time). How many trainees?", 84),
    ("第1工場に正社員22名、第2工場に35名、第3工場に18名、ほかに事務所に9名（こちらも正社員）います。何人まで？", 84),
    ("工場に正社員75名、ほかに事務所に9名（こちらも正社員）います。何人まで？", 84),
])
def test_full_time_group_after_plus_is_added_to_the_sites(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count


@pytest.mark.parametrize("text,count", [
    ("We have 75 full-timers at the plant, plus 9 in the office (part-time). How many trainees?", 75),
    ("factory 1 has 22 full-timers, factory 2 has 35, factory 3 has 18, plus 6 trainees. Limit?", 75),
])
def test_group_after_plus_not_said_full_time_is_not_added(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count


@pytest.mark.parametrize("text,names", [
    ("factory 1 has 22 full-timers, factory 2 has 35, factory 3 has 18, plus 9 in the office (also full time).",
     ["factory 1", "factory 2", "factory 3", "office"]),
    ("plant A has 40, plant B has 30 and 6 people in the warehouse", ["plant A", "plant B", "warehouse"]),
])
def test_department_named_after_its_count_is_a_site_of_the_list(text: str, names: list[str]) -> None:
    from bot.agent.establishments import default_reader

    assert [site.name for site in default_reader().read(text, "en")] == names
