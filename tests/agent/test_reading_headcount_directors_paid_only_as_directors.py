"""Directors paid only as directors, named inside a count, are taken out of it in Japanese as in English (packs
``excluded_parts`` and ``contained_parts``, note ``assume.officers_excluded``; rule book titp.fte.definition).

The class: 「社員48名（うち役員3名は報酬のみ）、パート10名」 is 48 − 3 = 45, the pay said as 「報酬のみ」 as well as
「役員報酬のみ」 or 「雇用契約なし」 (as "including 3 directors who only get directors' fees" is 45 in English); the
part-timers named after the bracket are beside the 48, not in it, so they are not taken out of it a second time.
"""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of

PAID_ONLY_AS_DIRECTORS = [
    ("うちは社員48名（うち役員3名は報酬のみ）、パート10名。実習生は何人まで？", 45),
    ("社員48名（うち役員3名は役員報酬のみ）、パート10名。実習生は何人まで？", 45),
    ("社員48名です。うち役員が3名で役員報酬しかもらっていません。実習生は何人まで？", 45),
    ("社員48名、そのうち取締役3名は雇用契約なしです。実習生は何人？", 45),
    ("従業員40名（うち2名は役員で報酬だけ）。実習生の枠は？", 38),
    ("We have 48 employees, including 3 directors who only get directors' fees. We also have 10 part-timers. "
     "How many trainees?",
     45),
    ("48 staff, of which 3 are directors paid only directors' fees. Trainee quota?", 45),
]


@pytest.mark.parametrize(("text", "count"), PAID_ONLY_AS_DIRECTORS,
                         ids=[f"case-{i}" for i in range(len(PAID_ONLY_AS_DIRECTORS))])
def test_directors_paid_only_as_directors_are_taken_out(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text", [
    "全62名（うち実習生6名、パート9名）、派遣2名。実習生の枠は？",
    "全62名（うち実習生6名、パート9名）。実習生の枠は？",
])
def test_a_list_in_brackets_ends_where_they_close(text: str) -> None:
    assert slots_of(text).get("full_time_employees") == 47
