"""Class: an elliptical follow-up asking another figure of the last calculation ("and No.2?", "what about No.3?", "how
many for the 2nd year ones then?", 「じゃあ2号は？」, 「3号はどうですか？」) re-runs that calculation with the values it had,
so the answer states that figure; it is no knowledge question and no small talk."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "and No.2?", "what about No.3?", "how many for the 2nd year ones then?", "and No.2 trainees?", "stage 3?",
    "じゃあ2号は？", "3号はどうですか？", "第2号は？", "2号は何人まで？", "では第３号の枠は？",
])
def test_a_stage_named_alone_asks_the_quota_result(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.result_asked == "trainee_quota" and not parsed.small_talk_only, parsed


@pytest.mark.parametrize("text", ["No.2 training plan hours?", "2号の実習計画の時間配分は？", "and 12?"])
def test_other_messages_ask_no_result(text: str) -> None:
    assert UNDERSTANDER.parse(text).result_asked == ""


@pytest.mark.parametrize("turns", [
    ("従業員は全部で46人、そのうち７人は技能実習生（ベトナム国籍）です。残りは全員フルタイムの正社員です。優良ではありません。1号の上限は"
     "何人ですか？", "じゃあ2号は？"),
    ("we have 39 full-time staff, not excellent. how many No.1 trainees?", "and No.2?"),
    ("we have 39 full-time staff, not excellent. how many No.1 trainees?", "what about No.3?"),
])
def test_the_follow_up_reruns_the_quota(bot, turns: tuple[str, ...]) -> None:
    reply = converse(bot, *turns)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 39, (reply.tool_calls, reply.answer)
