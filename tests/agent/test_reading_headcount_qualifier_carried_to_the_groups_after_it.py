"""A full-time qualifier on the first group of a list carries to the groups joined after it in its sentence.

The class (ja7y-01): 「製造部に正社員が２２人、営業が８人、総務・経理が５人。」 is a full-time breakdown of 35, and "Production has 22
full-time staff, sales 8, admin 5" one of 35: the first group's qualifier (正社員, full-time) is the list's. Before, only
the qualified group counted (22). A part-time group, trainees or a part of the group ("うち2人は海外") after it are no
part of the run.
"""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

CARRIED = [
    ("うちは金属加工の会社です。製造部に正社員が２２人、営業が８人、総務・経理が５人。ほかに週４日・１日５時間のパートさんが６人と、"
     "去年から来てもらってる技能実習生（2号）が３人います。これで技能実習生って同時に何人まで受け入れられますか？", 35),
    ("製造部に正社員22人、営業8人、総務5人です。何人まで受け入れられますか？", 35),
    ("製造部に正社員22人、営業8人、パートが5人です。何人まで？", 30),
    ("Production has 22 full-time staff, sales 8, admin 5. How many trainees?", 35),
    ("Production: 22 full-time, sales 8, admin 5. How many trainees?", 35),
]

NOT_CARRIED = [
    # a list that goes on past the groups the run reads is not read as a whole (the stated total counts)
    ("Dear sir/madam, we are auto parts maker with three factories. Hamamatsu plant has 150 regular staff, Kosai plant "
     "120, and head office + R&D 67. Total three hundred thirty-seven full-time, no trainees yet. How many No.1?", 337),
    ("製造部に正社員22人、パート8人です。何人まで？", 22),
    ("製造部に正社員22人、うち2人は海外です。何人まで？", 20),
    ("Production: 22 full-time, 5 part-timers. How many trainees?", 22),
    ("Production: 22 full-time, trainees 3. Quota?", 22),
]


@pytest.mark.parametrize(("text", "count"), CARRIED)
def test_the_qualifier_of_the_first_group_is_the_lists(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize(("text", "count"), NOT_CARRIED)
def test_part_timers_trainees_and_parts_of_the_group_are_no_part_of_the_run(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count
