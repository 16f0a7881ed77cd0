"""Trainees said to be inside a count with their stage in brackets between the word and the figure (「技能実習生（2号）が3人
含まれてました」) are taken out of it, in the same message or as a follow-up correcting the count given before (ja7p-01:
the follow-up kept 42 for 39). Trainees said beside a count, not inside it, leave it as written."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of

FIRST = "うちは正社員42人の金属加工の会社です。1号の実習生って何人まで受け入れられますか？"


@pytest.mark.parametrize("follow_up", [
    "あ、すみません訂正です。その42人の中に、去年から来てもらってる技能実習生（2号）が3人含まれてました。この場合だと何人になりますか？",
    "その42人には技能実習生（2号）が3人含まれています。",
    "その42人の中に、技能実習生(1号)が3人含まれていました。",
])
def test_trainees_in_the_count_said_next_are_taken_out(bot, follow_up: str) -> None:
    reply = converse(bot, FIRST, follow_up)
    (call,) = calls_named(reply, "trainee_quota")
    assert call.args["full_time_employees"] == 39


@pytest.mark.parametrize("text, count", [
    ("常勤42人（うち技能実習生（2号）3人を含む）です", 39),
    ("社員42人、その中に技能実習生（2号）が3人含まれます", 39),
    ("正社員42人です。技能実習生（2号）が3人います。", 42),
])
def test_in_one_message(text: str, count: int) -> None:
    assert slots_of(text).get("full_time_employees") == count
