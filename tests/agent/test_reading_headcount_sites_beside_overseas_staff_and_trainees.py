"""Sites named with a letter or number ("Plant A 180 full-time", 「A工場は常勤180名」) summed, with the staff of a subsidiary
abroad and the trainees said beside them left out (knowledge/nlu/establishments.yaml ``site``, ``abroad``).

The class: "Plant A 180 full-time, Plant B 140 full-time, head office 55 full-time, our Thai subsidiary 40 local staff,
and 25 technical intern trainees already in Japan" is 180 + 140 + 55 = 375: a site's name may end in its letter or
number with the count right after it; the local staff abroad and the trainees are no full-time employees in Japan.
"""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

CASES = [
    ("Quota check for our group. Plant A 180 full-time, Plant B 140 full-time, head office 55 full-time, our Thai "
     "subsidiary 40 local staff, and 25 technical intern trainees already in Japan. We are a standard (not excellent) "
     "implementing organization. What are the No.1 and No.2 ceilings?", 375),
    ("We have Plant 1 120 full-time and Plant 2 80 full-time, and 10 trainees. Quota?", 200),
    ("Factory A 60, Factory B 45, office 10 full-time employees, and 12 trainees. How many trainees?", 115),
    ("Site A 40 full-time, Site B 25 full-time, and our overseas branch 30 local staff. No.1 limit?", 65),
    ("グループの枠を確認したいです。A工場は常勤180名、B工場は常勤140名、本社は常勤55名、タイの子会社に現地スタッフ40名、技能実習生がすでに"
     "25名います。1号と2号の上限は？", 375),
    ("常勤は第1工場180名、第2工場140名、本社55名です。ほかにタイ現地法人に40名、実習生25名。1号の上限は？", 375),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_sites_are_summed_without_the_staff_abroad_and_the_trainees(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count
