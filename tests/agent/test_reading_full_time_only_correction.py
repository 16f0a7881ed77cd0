"""A correction saying the earlier count included part-timers and giving the full-time count ("常勤だけだと38人",
"only 38 are full-time", "full-timers alone are 38") sets the full-time employees to that count: the count itself,
never a difference from the earlier total, and the quota is computed again with it (EN + JA)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

EN_FIRST = "We have 60 full-time employees, how many trainees can we take? We are not an excellent organization."
JA_FIRST = "常勤６０人の会社です。技能実習生は何人まで受け入れられますか？優良ではありません"


@pytest.mark.parametrize("text", [
    "いや、ごめんなさい、60人はパートも入れた数で、常勤だけだと38人でした",
    "すみません、60人はパート込みの人数でした。正社員のみで38名です",
    "訂正です。さっきの60人はアルバイトを含めた数で、フルタイムだけなら38人です",
    "sorry, the 60 included part-timers; only 38 are full-time",
    "oops, 60 was with the part-time staff. full-time only it's 38",
    "actually that 60 counted part-timers too, full-timers alone are 38",
    "my mistake: the 60 includes part-time people, the full-time staff alone are just 38",
])
def test_the_full_time_count_of_a_correction_is_read_as_it_is(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 38


@pytest.mark.parametrize("turns", [
    [JA_FIRST, "いや、ごめんなさい、60人はパートも入れた数で、常勤だけだと38人でした"],
    [JA_FIRST, "すみません、60人はパート込みの人数でした。正社員のみで38名です"],
    [EN_FIRST, "sorry, the 60 included part-timers; only 38 are full-time"],
    [EN_FIRST, "oops, 60 was with the part-time staff. full-time only it's 38"],
])
def test_the_quota_is_computed_again_with_the_full_time_count(bot, turns: list[str]) -> None:
    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 38
