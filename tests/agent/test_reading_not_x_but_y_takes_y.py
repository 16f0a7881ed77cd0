"""A correction "not X but Y" (or "Y, not X", X じゃなくて Y) takes Y.

A value replaced inside a longer message (いや、60人じゃなくて70人です) is still a correction."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("turns,tool,args", [
    (["オンラインインターンを20日間やった場合の活動支援金はいくらですか", "いや、日数は２０日じゃなくて４５日でした。"],
     "jip_support_funds", {"days": 45}),
    (["How much support money for a 20-day online internship?", "not 20 days but 45 days, sorry"],
     "jip_support_funds", {"days": 45}),
    (["常勤職員45人の会社です。技能実習生を何人受け入れられますか？", "いや、実習生を除くと40人です。"],
     "trainee_quota", {"full_time_employees": 40}),
    # the new value first, the replaced one after it ("Y, not X")
    (["How much support money for a 20-day online internship?", "no, the days were 45 not 20"],
     "jip_support_funds", {"days": 45}),
    (["We have 45 full-time employees, how many trainees can we accept?", "it's 40 employees, not 45"],
     "trainee_quota", {"full_time_employees": 40}),
])
def test_not_x_but_y_corrections_take_the_new_value(bot, turns, tool, args) -> None:
    call = last_calculator_call(bot, turns)
    assert call.name == tool
    assert {k: call.args.get(k) for k in args} == args


def test_a_replaced_value_is_still_a_correction() -> None:
    assert U.parse("常勤は50人です。いや、60人じゃなくて70人です").correction
