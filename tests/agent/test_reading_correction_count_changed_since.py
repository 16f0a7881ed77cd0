"""A corrected count explained by a change since (people who joined or left: "sorry, 4 new grads joined in April so
we're 52 now, can you redo it with 52?", 「この４月に新卒が４人入ったので今は５２名でした。５２名で計算し直してもらえますか？」):
the new count is the value, a correction of the one given before, and the pending quota runs again with it; the
number of the change (the people who joined or left) is no value of any slot. Before, the message held two numbers
and no slot took one, so a search (and a refusal) answered."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

FIRST_EN = "We paint car parts and have 48 full-time staff. What's our trainee quota?"
FIRST_JA = "うちは自動車部品の塗装をやってる会社で、正社員は48名です。実習生の受け入れ枠を教えてください。"

CHANGES = [
    (FIRST_EN, "sorry, 4 new grads joined in April so we're 52 now, can you redo it with 52?", 52),
    (FIRST_EN, "oh wait, two guys quit last month, so now we have 46. can you recalculate?", 46),
    (FIRST_EN, "Sorry - we hired 5 people in spring, we are now 53. Same quota?", 53),
    (FIRST_EN, "my bad, 3 new hires started this week. Could you redo the calculation with 51?", 51),
    (FIRST_JA, "あっ、ごめんなさい。この４月に新卒が４人入ったので今は５２名でした。５２名で計算し直してもらえますか？", 52),
    (FIRST_JA, "すみません、先月2名退職したので、現在は46名です。", 46),
    (FIRST_JA, "訂正です。中途で3人採用したので今は51人です。51人で再計算をお願いします。", 51),
    (FIRST_JA, "ごめんなさい、新人が5人入ったので53名で計算し直してください。", 53),
]


@pytest.mark.parametrize(("first", "second", "count"), CHANGES)
def test_the_new_count_is_read_and_the_change_gives_no_value(first: str, second: str, count: int) -> None:
    parsed = UNDERSTANDER.parse(second)
    assert parsed.correction
    numeric = {k: v for k, v in parsed.slots.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
    assert numeric == {"full_time_employees": count}


@pytest.mark.parametrize(("first", "second", "count"), CHANGES)
def test_the_pending_quota_runs_again_with_the_new_count(bot, first: str, second: str, count: int) -> None:
    reply = converse(bot, first, second)
    assert not reply.refused
    assert [c.args["full_time_employees"] for c in calls_named(reply, "trainee_quota")] == [count], reply.tool_calls


@pytest.mark.parametrize("text", [
    "We have 30 full-time staff and 4 new grads joined in April. How many trainees can we take?",
    "常勤は30名です。この4月に新卒が4人入りました。実習生は何人受け入れられますか？",
])
def test_a_first_message_naming_a_change_keeps_its_stated_count(text: str) -> None:
    assert UNDERSTANDER.parse(text).slots.get("full_time_employees") == 30
