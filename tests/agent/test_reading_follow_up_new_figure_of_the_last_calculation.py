"""Class: a follow-up with a new figure for the last calculation ("and if we hire 1 more japanese full-timer, so 51?",
"what if we had 51?", 「もし日本人の正社員をもう1人雇って51人になったら？」) re-runs it with that figure; a count more or fewer is
read with a singular noun too ("1 more full-timer", "one more worker", "1 employee left")."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "added"), [
    ("and if we hire 1 more japanese full-timer?", 1),
    ("what if we add 1 more worker?", 1),
    ("and with 1 more employee?", 1),
    ("and with 2 more full-timers?", 2),
    ("1 employee has left", -1),
])
def test_a_count_more_or_fewer_with_a_singular_noun(text: str, added: int) -> None:
    assert UNDERSTANDER.parse(text).increments.get("full_time_employees") == added


@pytest.mark.parametrize("follow_up", [
    "and if we hire 1 more japanese full-timer, so 51?",
    "and if we hire 1 more japanese full-timer?",
    "what if we had 51?",
])
def test_an_english_follow_up_reruns_the_quota(bot, follow_up: str) -> None:
    reply = converse(bot, "food factory, 50 full time employees. max number of technical intern trainees?", follow_up)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 51, (reply.tool_calls, reply.answer)


@pytest.mark.parametrize("follow_up", ["もし日本人の正社員をもう1人雇って51人になったら？", "51人だったらどうですか？"])
def test_a_japanese_follow_up_reruns_the_quota(bot, follow_up: str) -> None:
    reply = converse(bot, "食品工場で、正社員は50人です。技能実習生は何人まで受け入れられますか？", follow_up)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args["full_time_employees"] == 51, (reply.tool_calls, reply.answer)
