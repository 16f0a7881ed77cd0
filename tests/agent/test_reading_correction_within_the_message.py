"""Class: a value corrected within the message that states it (「常勤職員１２０名（すみません、正しくは１１８名でした）」,
「120名、いや118名です」, "120 full-time staff (sorry, actually 118)", "120 staff - no wait, 118") reaches the tool as the
corrected value, never the old one; a part said after "actually" ("actually 5 are part-time") is no correction."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "count"), [
    ("建設資材の加工工場を経営しています。常勤職員１２０名（すみません、正しくは１１８名でした）、うちは優良な実施者の認定を受けていて、"
     "監理団体も一般監理団体です。何人まで受け入れられますか？", 118),
    ("常勤職員120名、いや118名です。何人まで？", 118),
    ("We have 120 full-time staff (sorry, actually 118). How many trainees can we take?", 118),
    ("We have 120 staff - no wait, 118. How many trainees?", 118),
    ("We have 45 staff, sorry I mean 45 full-time. Quota?", 45),
])
def test_the_corrected_value_is_read(text: str, count: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == count


def test_the_tool_gets_the_corrected_count(bot) -> None:
    reply = converse(bot, "常勤職員１２０名（すみません、正しくは１１８名でした）です。実習生は何人まで受け入れられますか？")
    call = [c for c in reply.tool_calls if c.name == "trainee_quota"][0]
    assert call.args["full_time_employees"] == 118, reply.answer
