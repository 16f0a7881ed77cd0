"""Class: a group of staff told by named weekdays (fewer than the rule's days) and/or its daily hours is tested against
the full-time definition like any group told by its schedule: "6 work only Tue/Wed/Thu, 6 hours a day", 「火水木だけ1日
6時間」 is a short week (not counted); five named weekdays with a full day are full-time; a day's hours alone that stay
under the week's hours even every day ("4 hours a day", 「1日4時間」) are out. Trainees said beside the groups ("the other 3
are technical intern trainees", 「残り3名は技能実習生です」) are of the count stated, and never counted."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

CASES = [
    ("Our workshop has 40 people. 31 of them work Monday to Friday, 8 hours a day. 6 work only Tue/Wed/Thu, 6 hours a "
     "day. The other 3 are technical intern trainees (No.1). Max No.1 and No.2 trainees for us?", 31),
    ("31 people work Mon-Fri 8h a day, 6 people work Tue, Wed and Thu 6 hours a day. How many trainees can we take?", 31),
    ("31 people work Mon-Fri 8h a day and 4 people work Mondays, Wednesdays and Fridays, 8 hours a day. Trainee quota?", 31),
    ("31 staff work Mon-Fri, 8 hours a day; 5 staff work Saturdays only, 8 hours a day. Trainee quota?", 31),
    ("31 staff work Mon-Fri, 8 hours a day; 5 staff work 4 hours a day. Trainee quota?", 31),
    ("31 staff work Mon-Fri, 8 hours a day; 5 staff work Mon/Tue/Wed/Thu/Fri, 8 hours a day. Trainee quota?", 36),
    ("社員40名のうち、31名は月〜金で1日8時間、6名は火水木だけ1日6時間、残り3名は技能実習生です。1号の上限は？", 31),
    ("月〜金・1日8時間の社員が31名、火・水・木の週3日・1日6時間のパートが6名います。実習生は何人まで？", 31),
    ("月〜金・1日8時間の社員が31名、土日のみ1日8時間のアルバイトが4名います。実習生は何人まで？", 31),
    ("月〜金・1日8時間の社員が31名、1日4時間のパートが6名います。実習生は何人まで？", 31),
    ("月〜金・1日8時間の社員が31名、月・火・水・木・金に1日8時間の契約社員が5名います。実習生は何人まで？", 36),
]


@pytest.mark.parametrize("text, count", CASES)
def test_groups_by_named_weekdays_are_tested_for_full_time(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == count


def test_the_reply_names_the_short_week_and_the_trainees() -> None:
    parsed = UNDERSTANDER.parse(CASES[0][0])
    (params,) = [p for key, p in parsed.notes if key == "reading.count_schedule_groups"]
    assert [g["part"] for g in params["left"]] == [6] and params["left"][0]["days"] == 3
    assert [(a["part"], a["kind"]) for a in params["aside"]] == [(3, "trainees")]
    assert params["total"] == 40
