"""A headcount given as a range whose ends give the same quota is no reason to ask: both ends become the scenarios the
calculator runs for, so the reply shows the result for each ("about 115-120 in total, about 25 of them part-time" is
90-95 full-time, both basic number 6). The ends are checked with the quota calculator itself before they are chosen;
a range whose ends differ in result stays a range, asked about as before (never one end picked silently). Before,
en5c-02 was answered "I could not use 115-120 ... it is a range"."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

AGREE = [
    ("Our company is food processing in Shizuoka, we are about 115-120 people in total. But honestly about 25 of them "
     "are paato ladies who work only 4 or 5 hours a day, three days a week mostly. How many technical intern trainees "
     "are we allowed? We are normal company, not yuuryou.", (90, 95)),
    ("We have about 115-120 full-time employees. How many trainees can we take?", (115, 120)),
    ("We have 35 to 40 full-time employees depending on the season. How many trainees?", (35, 40)),
    ("常勤は35〜40人くらいです。実習生は何人まで受け入れられますか？", (35, 40)),
]

DIFFER = [
    "We have 45 to 55 full-time employees. How many trainees?",  # basic number 5 at 45, 6 at 55
    "常勤は45〜55人くらいです。実習生は何人まで？",
]


@pytest.mark.parametrize(("text", "ends"), AGREE)
def test_ends_with_the_same_result_are_the_scenarios(text: str, ends: tuple[int, int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.scenarios.get("full_time_employees") == ends
    assert "full_time_employees" not in parsed.errors


@pytest.mark.parametrize("text", DIFFER)
def test_ends_with_different_results_stay_a_range(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "full_time_employees" not in parsed.scenarios
    assert parsed.errors["full_time_employees"][1] == "range"


@pytest.mark.parametrize(("text", "ends"), [AGREE[0], AGREE[3]])
def test_the_quota_runs_for_both_ends(bot, text: str, ends: tuple[int, int]) -> None:
    reply = converse(bot, text)
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert sorted(c.args["full_time_employees"] for c in quota) == list(ends), reply.tool_calls

