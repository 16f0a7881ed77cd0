"""A workforce given as its groups, all said to count ("production line is around 35 to 40 guys, office 9 ppl,
warehouse + delivery 11. All of them seishain full time", 「工場30名、事務所5名、ドライバー4名、全員常勤です」): the count
is the groups' sum, never one group's number; a group given as a range makes the sum a range (both ends computed).
A total stated beside the groups stays the count."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of


@pytest.mark.parametrize("text,value", [
    ("Our staff: production 40, office 9, warehouse 11. All full-time. How many trainees can we take?", 60),
    ("Factory floor is 30 people, office 5, drivers 4, all of them full time. How many trainees can we accept?", 39),
    ("工場30名、事務所5名、ドライバー4名、全員常勤です。実習生は何人まで？", 39),
    ("We have 65 full-time staff: production 40, office 9, warehouse 11, all full-time. How many trainees?", 65),
], ids=["en-colon-list", "en-all-of-them", "ja-zenin-joukin", "en-total-stated-wins"])
def test_the_groups_sum_is_the_count(text: str, value: int) -> None:
    assert slots_of(text).get("full_time_employees") == value


@pytest.mark.parametrize("text", [
    "hi, i run a small metal parts factory in Saitama. Our people: production line is around 35 to 40 guys depends "
    "the season, office 9 ppl, warehouse + delivery 11. All of them seishain full time. How many No.1 trainees can we "
    "take and how many No.2?",
    "うちは製造ラインが35〜40人（季節による）、事務9人、倉庫・配送11人で、全員正社員です。1号は何人、2号は何人受け入れられますか？",
], ids=["en", "ja"])
def test_a_group_range_computes_both_ends_of_the_sum(bot, text: str) -> None:
    reply = converse(bot, text)
    counts = {call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")}
    assert counts and counts <= {55, 60}, reply.tool_calls
    assert "9" in reply.answer and "55" in reply.answer and "60" in reply.answer
