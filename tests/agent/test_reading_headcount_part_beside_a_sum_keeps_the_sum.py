"""People named beside a count read as a sum, or set aside in brackets with no number of their own, never replace the
count (pack ``excluded_parts`` ``without``, ``set_aside``; establishments.yaml, ``group_sums``).

The class: "Plant A has 180 full-time, Plant B 140 full-time, plus 10 trainees" is 320, never "140 besides the 10
trainees"; "Our nursing home has 24 full-time care staff (plus nurses and kitchen staff, not counted I guess)" is 24,
the staff set aside in the bracket have no number of their own (en7f-17). A count stated beside trainees with no sum
read ("45 full-time, plus 3 trainees") is the count as typed.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

KEPT = [
    ("en", "Plant A has 180 full-time, Plant B 140 full-time, plus 10 trainees. quota?", 320),
    ("en", "Plant A 180 full-time, Plant B 140 full-time, plus 10 trainees. quota?", 320),
    ("en", "production: 40 full-time, office: 9 full-time, plus 3 trainees. How many trainees can we accept?", 49),
    ("en", "We have 45 full-time, plus 3 trainees. quota?", 45),
    ("ja", "A工場は常勤180名、B工場は常勤140名、それとは別に実習生10名。受入れ枠は？", 320),
    ("ja", "A工場180名、B工場140名（実習生10名は除く）。枠は？", 320),
    ("en", "Our nursing home has 24 full-time care staff (plus nurses and kitchen staff, not counted I guess). How many "
           "No.1 trainees can we take?", 24),
    ("en", "We have 30 full-time workers (plus some part-timers, not counted). How many trainees?", 30),
    ("en", "350 staff (plus 40 part-timers, not counted). quota?", 350),
    ("ja", "常勤の介護職員は24名です（看護師と調理スタッフは含めていません）。実習生は何人？", 24),
]


@pytest.mark.parametrize(("lang", "text", "count"), KEPT, ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(KEPT)])
def test_the_count_stays_the_sum_or_the_number_stated(lang: str, text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


def test_the_nursing_care_quota_runs_on_the_care_staff_stated(bot) -> None:
    reply = converse(bot, "Our nursing home has 24 full-time care staff (plus nurses and kitchen staff, not counted I "
                          "guess). We're an excellent implementing organisation and our supervising organisation is an "
                          "excellent (general) one. How many No.1 trainees can we take, and what's the maximum in total "
                          "if we use No.1, No.2 and No.3?")
    calls = calls_named(reply, "trainee_quota")
    assert [call.args["full_time_employees"] for call in calls] == [24], reply.answer
    assert calls[0].args.get("occupation") == "nursing_care"
