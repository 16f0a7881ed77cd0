"""A terse quota ask (the staff count, a status word and 何人/何名/枠 or "quota", no verb) runs the calculator with the
count and the status, never a search alone."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call


@pytest.mark.parametrize("text,count,excellent", [
    ("優良で常勤75人、何人？", 75, True),
    ("従業員75人で優良、何名？", 75, True),
    ("常勤40人、枠は？", 40, None),
    ("quota 75 staff excellent", 75, True),
], ids=["ja-yuryo-nannin", "ja-jugyoin-nanmei", "ja-waku", "en-quota-staff-excellent"])
def test_the_quota_is_computed(bot, text: str, count: int, excellent: bool | None) -> None:
    call = last_calculator_call(bot, [text])
    assert call.name == "trainee_quota"
    assert call.args["full_time_employees"] == count
    if excellent is not None:
        assert call.args["excellent"] is excellent
