"""A headcount given as a range with the answer asked over that range ("between 38 and 45 ... the limit across that
range", "38人から45人の間…その範囲で") is computed at both ends (the limits grow with the count, so the ends bound
every month); a range given without that ask is computed at both ends as well, and the reply names the range and asks
for the exact number (round 5e decision)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Our headcount is somewhere between 38 and 45 full-time staff depending on the month. Standard organization. "
    "What is the No.1 trainee limit across that range?",
    "We have 38-45 employees depending on the season: what is the trainee quota at both ends?",
    "Full-time staff varies between 38 and 45 employees. How many trainees for the whole range?",
    "常勤職員は月によって38人から45人の間です。その範囲で1号の上限は？",
    "常勤は38人〜45人で変動します。それぞれの場合の受入れ人数枠を教えてください。",
])
def test_a_range_asked_over_is_computed_at_both_ends(bot, text: str) -> None:
    assert UNDERSTANDER.parse(text).scenarios.get("full_time_employees") == (38, 45)
    reply = converse(bot, text)
    counts = [c.args["full_time_employees"] for c in reply.tool_calls if c.name == "trainee_quota"]
    assert counts == [38, 45], reply.tool_calls
    assert reply.follow_up is None


@pytest.mark.parametrize("text", [
    "Our full-time employees change by season, between 40 and 55 persons. How many trainees can we accept?",
    "We have 41-50 employees, how many trainees?",
])
def test_a_range_without_that_ask_is_asked_about(text: str) -> None:
    # round 5e decision: both ends are computed too, and the reply names the range and asks for the exact number
    parsed = UNDERSTANDER.parse(text)
    assert len(set(parsed.scenarios["full_time_employees"])) == 2
    assert "reading.range_ends" in dict(parsed.notes)
