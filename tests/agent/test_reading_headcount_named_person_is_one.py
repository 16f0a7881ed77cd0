"""A person named by name or by who they are, listed among the parts a count holds, is one (pack
``contained_parts``, group ``person``).

The class: "38 on the payroll, that includes 3 trainees and Mrs. Tanaka who does the books part time" is
38 − 3 − 1 = 34 (en7e-12), as 「社員38名（うち実習生3名と、経理をパートでやっている田中さん）」 is in Japanese; the full stop of a
title ("Mrs.") ends no sentence, and a group named with さん (「パートさん3名」) is no person.
"""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

NAMED = [
    ("We have 38 on the payroll, that includes 3 trainees and Mrs. Tanaka who does the books part time. "
     "How many trainees can we take?", 34),
    ("Hi, we are a metal stamping shop in Saitama. 38 people on the payroll in total, but that includes the 3 "
     "Vietnamese trainees we already have and Mrs. Tanaka who does the books part time 3 days a week. Everyone else "
     "is full time mon-fri 8h. How many trainees can we have?", 34),
    ("40 staff including 2 trainees and our part-timer Mr. Sato. Quota?", 37),
    ("30 employees, including Ms. Ito who works part-time and 4 trainees. Quota?", 25),
    ("25 employees, which includes my wife who works part-time in the office and 2 interns. How many trainees?", 22),
    ("社員38名（うち実習生3名と、経理をパートでやっている田中さん）。実習生は何人まで？", 34),
    ("従業員は38名で、そのうち技能実習生が3名、パートの鈴木さんも入っています。実習生の枠は？", 34),
    ("全40名（うち実習生2名、田中さん（パート））。実習生は何人？", 37),
    ("社員30名、そのうち実習生が4名、妻はパートで事務をしています。実習生の枠は？", 25),
]


@pytest.mark.parametrize(("text", "count"), NAMED, ids=[f"case-{i}" for i in range(len(NAMED))])
def test_a_named_person_in_the_count_is_one(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


def test_a_group_named_with_san_is_no_person() -> None:
    assert slots_of("社員30名、そのうち実習生が4名、パートさん3名。実習生の枠は？").get("full_time_employees") == 23
