"""Class: a count taken again is a correction of the count ("I recounted, it's 31", "we double-checked: 31",
「すみません、数え直したら31人でした」, 「確認し直したら31人でした」): after a quota answer the new count re-runs it, even with a
question beside it (「この場合1号と2号はそれぞれ何人までですか？」)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "I recounted, it's 31",
    "we double-checked and it's 31",
    "after recounting we have 31",
    "I miscounted, we have 31",
    "すみません、数え直したら31人でした。",
    "数え直したら31人でした。この場合1号と2号はそれぞれ何人までですか？",
    "確認し直したら31人でした",
    "改めて数えたら31人でした",
])
def test_a_count_taken_again_is_a_correction(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.correction and parsed.numbers == [31.0], parsed


@pytest.mark.parametrize("turns", [
    ("うちは正社員３０人の町工場です。技能実習生は何人まで受け入れられますか？優良とかは取ってません。",
     "すみません、数え直したら31人でした。この場合1号と2号はそれぞれ何人までですか？"),
    ("We have 30 full-time staff, not excellent. How many trainees can we take?",
     "sorry, I recounted: it's 31. what are No.1 and No.2 then?"),
])
def test_a_recount_reruns_the_quota_with_the_new_count(bot, turns: tuple[str, ...]) -> None:
    reply = converse(bot, *turns)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 31, (reply.tool_calls, reply.answer)
