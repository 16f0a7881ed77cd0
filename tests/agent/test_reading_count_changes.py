"""A change between two counts with a change word ("grows from 50 to 51 full time staff", "staff 30 -> 31",
"50人から51人に増えたら", "常勤職員30人→31人") is two scenarios, not a range: the calculator runs for both and the reply
gives the quota of each. A range with no change word ("41-50 staff", "from 50 to 51 employees") is still asked about."""

from __future__ import annotations

import re

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, pair", [
    ("suppose our client grows from 50 to 51 full time staff next year, does their no.1 trainee limit change?", (50, 51)),
    ("if our staff goes from 30 to 31, how many trainees can we take?", (30, 31)),
    ("We might drop from 120 to 95 employees. How does our trainee quota change?", (120, 95)),
    ("staff 30 -> 31 full-time employees: does the quota change?", (30, 31)),
    ("常勤職員が50人から51人に増えたら、1号の受入れ人数枠は変わりますか？", (50, 51)),
    ("従業員が105人から98人に減ったら、技能実習生の人数枠はどうなりますか？", (105, 98)),
    ("常勤職員30人→31人で技能実習生の受入れ人数枠はどうなりますか", (30, 31)),
])
def test_a_change_between_two_counts_is_two_scenarios(text: str, pair: tuple[int, int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.scenarios.get("full_time_employees") == pair
    assert "full_time_employees" not in parsed.errors


@pytest.mark.parametrize("text", ["we have 41-50 staff, how many trainees?", "From 50 to 51 employees, how many trainees?"])
def test_a_range_without_a_change_word_is_asked_about(text: str) -> None:
    # round 5e decision: a range is computed at both ends, named in the reply and asked about (no change is read)
    parsed = UNDERSTANDER.parse(text)
    assert "reading.range_ends" in dict(parsed.notes)


@pytest.mark.parametrize("text", [
    "suppose our client grows from 50 to 51 full time staff next year, does their no.1 trainee limit change?",
    "常勤職員が50人から51人に増えたら、1号の受入れ人数枠は変わりますか？",
])
def test_the_reply_gives_the_quota_of_both(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    runs = [c.args["full_time_employees"] for c in reply.tool_calls if c.name == "trainee_quota"]
    assert runs == [50, 51] and not reply.refused
    assert re.search(r"(?<![\d.])5(?!\d)", reply.answer) and re.search(r"(?<![\d.])6(?!\d)", reply.answer)
    assert reply.answer.index("50") < reply.answer.index("51")
