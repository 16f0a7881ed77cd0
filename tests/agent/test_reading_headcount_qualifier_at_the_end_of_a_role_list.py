"""A qualifier said at the end of a list of roles applies to every role in it (knowledge/nlu/*.yaml ``group_sums``).

The class: "Our staff: 31 full-time on the factory floor, 7 in office and sales, 6 managers (all salaried, full-time)",
「工場31名（常勤）、事務・営業7名、管理職6名（いずれも正社員）」: the last words ("all salaried, full-time", 「いずれも正社員」)
say the whole list is full-time, so the count is the roles' sum (44), never the first role's number; managers
(管理職) are a role of the list, and the trainees and part-timers said beside it are not added.
"""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

CASES = [
    ("We run a plastic molding factory in Aichi. Our staff: 31 full-time on the factory floor, 7 in office and sales, 6 "
     "managers (all salaried, full-time). On top of that we already have 3 technical intern trainees (No.1) and 5 "
     "part-time ladies who work about 4 hours a day. How many trainees can we have at the same time?", 44),
    ("Staff: 20 on the factory floor, 5 in the office, 3 supervisors, all regular full-time. Quota?", 28),
    ("12 drivers, 4 in the warehouse and 2 managers - all salaried, full-time. Plus 2 part-timers. How many trainees?",
     18),
    ("工場31名（常勤）、事務・営業7名、管理職6名（いずれも正社員）。ほかに技能実習生（1号）が3名、パートが5名います。実習生は何人まで？", 44),
    ("製造20名、事務5名、管理職3名で、いずれも正社員です。パートが4名います。1号は何人まで？", 28),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_a_qualifier_at_the_end_of_a_role_list_applies_to_every_role(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count
