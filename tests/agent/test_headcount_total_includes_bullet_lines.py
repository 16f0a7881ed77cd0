"""A total said to include the bullet lines that follow (「全部で68名ですが、この中には\n・技能実習生（2号）7名\n・パート（週3〜4日勤務）
9名\n・上海駐在事務所の現地採用スタッフ 2名\nが含まれています」, "68 in total, this includes:\n- 7 trainees (No.2)\n- 9
part-timers\n- 2 local staff at our Shanghai office"): every line that does not count comes out (50). Before, a part
with its schedule in brackets (「パート（週3〜4日勤務）9名」), staff "hired locally" (「現地採用スタッフ」) and a stage label
("(No.2)", whose full stop ended the list) kept their people in the count."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count", [
    ("当社の従業員数は全部で68名ですが、この中には\n・技能実習生（2号）7名\n・パート（週3〜4日勤務）9名\n・上海駐在事務所の現地採用"
     "スタッフ 2名\nが含まれています。優良認定はありません。1号と2号の上限をそれぞれ教えてください。", 50),
    ("従業員80名、この中には\n・実習生 5名\n・パート（週20時間）10名\nが含まれています。何人まで？", 65),
    ("社員は全部で40名ですが、この中には\n- 技能実習生（1号）3名\n- アルバイト（土日のみ）4名\nが入っています。上限は？", 33),
    ("We have 68 staff in total, this includes:\n- 7 trainees (No.2)\n- 9 part-timers (3-4 days a week)\n- 2 local staff "
     "at our Shanghai office\nWe are not excellent. What are our limits for No.1 and No.2?", 50),
    ("80 employees, which includes:\n* 5 trainees (No.1)\n* 10 part-timers\nHow many trainees can we take?", 65),
    ("Our headcount is 40 in total, this includes:\n• 3 trainees (No. 2)\n• 4 part-time staff (weekends only)\nWhat is "
     "our limit?", 33),
])
def test_total_said_to_include_bullet_lines_is_less_each_line(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count


@pytest.mark.parametrize("text,count", [
    ("従業員は50名です。このほかに\n・パート（週3日）5名\nがいます。何人まで？", 50),
    ("社員は全部で40名ですが、この中には\n・大阪支店のスタッフ 5名\n・技能実習生 3名\n・パート（週3日）4名\nが含まれています。上限は？", 33),
])
def test_parts_beside_the_total_or_in_japan_stay_out_of_the_subtraction(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots["full_time_employees"] == count
