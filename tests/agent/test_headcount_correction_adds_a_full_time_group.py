"""A correction that adds a group to the count given before, its hours said in the next sentence (「あ、28人は正社員だけ
でした。他に1年契約の契約社員が5人いて、…。この5人も週5日・1日8時間のフルタイムです」, "We also have 5 contract employees on
1-year contracts ...; these 5 also work 5 days a week, 8 hours a day"): at or over the rule's full-time hours they are
added (28 + 5 = 33). Before, a contract length (1年契約) or the hours in another sentence left them out (28 kept)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,count,increment", [
    ("あ、28人は正社員だけでした。他に1年契約の契約社員が5人いて、毎年更新でもう何年も働いてもらってます。この5人も週5日・1日8時間"
     "のフルタイムです。この人たちも常勤に入るなら計算し直してもらえますか？", 33, None),
    ("他に契約社員が3人います。その3人も週5日・1日8時間です。計算し直してください。", None, 3),
    ("Oh, the 28 are only the regular staff. We also have 5 contract employees on 1-year contracts renewed every year; "
     "these 5 also work 5 days a week, 8 hours a day. Can you recalculate if they count?", None, 5),
    ("We also have 3 contract staff. They work 5 days a week, 8 hours a day. Please recalculate.", None, 3),
])
def test_correction_adds_a_full_time_group_said_in_the_next_sentence(text: str, count: int | None,
                                                                     increment: int | None) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == count
    assert parsed.increments.get("full_time_employees") == increment
    assert "reading.count_added_full_time" in dict(parsed.notes)


@pytest.mark.parametrize("turns", [
    ["社員28人の会社です。実習生って何人まで入れられる？",
     "あ、28人は正社員だけでした。他に1年契約の契約社員が5人いて、毎年更新でもう何年も働いてもらってます。この5人も週5日・1日8時間"
     "のフルタイムです。この人たちも常勤に入るなら計算し直してもらえますか？"],
    ["We are a company with 28 employees. How many trainees can we take?",
     "Oh, the 28 are only the regular staff. We also have 5 contract employees on 1-year contracts renewed every year; "
     "these 5 also work 5 days a week, 8 hours a day. Can you recalculate if they count?"],
])
def test_correction_adds_a_full_time_group_the_quota_runs_on_the_sum(bot, turns: list[str]) -> None:
    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 33
