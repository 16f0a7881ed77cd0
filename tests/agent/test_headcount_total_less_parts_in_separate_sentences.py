"""A total less several excluded parts, each said in its own sentence or clause ("70 employees on payroll. 8 of them are
part-timers ... 5 are No.1 technical intern trainees ... The rest work 5 days", 「従業員は70名。8名は週3日のパート、5名は1号
の技能実習生です」): every part comes out (57). Before, a part named with its stage ("No.1 technical intern trainees") or
said with no 「うち」 was not read, and only the part-timers were subtracted (62)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("HR here. We have 70 employees on payroll. 8 of them are part-timers working 3 days/week (about 24h). 5 are No.1 "
     "technical intern trainees who arrived in April. The rest work 5 days, 40h a week. How many No.1 trainees may we "
     "have at the same time, and how many more can we add now?", 57),
    ("We have 70 employees on payroll, including 5 No.1 technical intern trainees. 8 of them are part-timers. How many "
     "trainees?", 57),
    ("We have 40 staff. 3 are No. 2 trainees and 4 are part-time. How many trainees can we take?", 33),
    ("給与を払っている従業員は70名です。そのうち8名は週3日のパートです。5名は4月に来た1号の技能実習生です。残りは週5日40時間"
     "です。1号は何人まで？", 57),
    ("従業員は70名。8名は週3日のパート、5名は1号の技能実習生です。何人まで？", 57),
    ("社員40名です。3名は技能実習生で、4名はパートです。何人まで受け入れられますか", 33),
])
def test_total_less_parts_in_separate_sentences_every_part_comes_out(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count
