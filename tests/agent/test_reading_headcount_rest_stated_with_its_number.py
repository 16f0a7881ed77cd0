"""The full-time count named as the rest of a total (「残りの105名が常勤です」, "the remaining 105 are full-time") is the
count, over the total; a part said to be in that count (「この105名には実習生8名も入れて数えています」) comes out of it."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import slots_of


@pytest.mark.parametrize("text,count", [
    ("従業員は全部で１１７名、そのうちパート（週20時間くらい）が１２名、残りの１０５名が常勤です。ただ、この１０５名には今いる"
     "技能実習生８名も入れて数えています。", 97),
    ("従業員は全部で117名、そのうちパートが12名、残りの105名が常勤です。", 105),
    ("we have 117 employees in total, 12 of them are part-timers and the remaining 105 are full-time. These 105 include "
     "our 8 trainees.", 97),
    ("we have 117 employees in total, 12 of them are part-timers and the remaining 105 are full-time.", 105),
    # the rest named without its number is still the total less the parts
    ("常勤職員は25人で、そのうち事務員が3人、看護師が2人、残りは介護職員です", 20),
])
def test_the_rest_is_the_count(text: str, count: int) -> None:
    assert slots_of(text)["full_time_employees"] == count
