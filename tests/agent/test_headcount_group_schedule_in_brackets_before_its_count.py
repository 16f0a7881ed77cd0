"""A group whose schedule is said in brackets before its number, with days times hours (「契約社員（週5日×6時間で週30時間、
年間240日くらい出勤、雇用保険あり）6名」 beside 「正社員（週5日×8時間）46名」): the full-time test decides it (five days a week,
30 hours, insured: counted), so the count is 52. Before, 「週5日×8時間」 gave no hours, so no group was decided and only the
first count (46) was read. The English says it count first ("6 contract staff (5 days x 6h, insured)")."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

JA13 = ("金属加工の町工場です。技能実習生を入れたいので受入れ人数を知りたいです。うちの人の内訳は\n・正社員（週5日×8時間）46名\n"
        "・契約社員（週5日×6時間で週30時間、年間240日くらい出勤、雇用保険あり）6名\n・パート（週3日×5時間）5名\n"
        "・役員2名（私と妻。役員報酬だけで、従業員としての給料は出ていません）\n実習生は今はゼロ、優良でもないです。1号と2号、それぞれ"
        "何人までいけますか？")


@pytest.mark.parametrize("text,count", [
    (JA13, 52),
    ("正社員（週5日・1日8時間）20名、契約社員（週5日×6時間、雇用保険あり）4名、パート（週3日×4時間）3名です。実習生は何人まで？",
     24),
    ("・社員（週5日×8時間）12名\n・嘱託（週5日×6時間、雇用保険加入）2名\n・アルバイト（週2日×5時間）4名\n受入れ人数は？", 14),
    ("Our staff: 46 regular employees (5 days x 8h), 6 contract staff (5 days x 6h, 30h a week, about 240 days a year, "
     "with employment insurance), 5 part-timers (3 days x 5h), and 2 directors (me and my wife, director pay only). How "
     "many trainees can we take?", 52),
    ("We have 20 full-time staff, 4 contract workers (5 days a week, 6h a day, insured) and 3 part-timers (3 days a "
     "week, 4h a day). How many trainees?", 24),
])
def test_group_schedule_in_brackets_before_its_count_decides_it(text: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == count
    assert "reading.count_schedule_groups" in dict(parsed.notes)
