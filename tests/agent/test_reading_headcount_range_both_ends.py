"""A headcount given as a range (coordinator's decision, round 5e): the calculator runs at both ends (two scenarios,
each end with the count's parts taken out: "about 115-120 in total, about 25 of them part-time" is 90 and 95), and the
reply still says the count was a range, whether both ends give the same limits, and asks for the exact number. The
value is never silently changed to one end. Before, a range was only asked about ("I could not use 115-120 ... it is a
range"), even when both ends give the same quota (en5c-02)."""

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
    ("We have 45 to 55 full-time employees. How many trainees?", (45, 55)),  # basic number 5 at 45, 6 at 55
    ("常勤は45〜55人くらいです。実習生は何人まで？", (45, 55)),
]


@pytest.mark.parametrize(("text", "ends", "same"), [(t, e, True) for t, e in AGREE] + [(t, e, False) for t, e in DIFFER])
def test_both_ends_are_the_scenarios_and_the_range_is_noted(text: str, ends: tuple[int, int], same: bool) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.scenarios.get("full_time_employees") == ends
    assert "full_time_employees" not in parsed.errors and "full_time_employees" not in parsed.approximate
    note = dict(parsed.notes)["reading.range_ends"]
    assert (note["low"], note["high"], note["same"]) == (*ends, same)


@pytest.mark.parametrize(("text", "ends", "said"), [
    (AGREE[0][0], AGREE[0][1], ["115-120", "same limits", "exact number"]),
    (AGREE[3][0], AGREE[3][1], ["35〜40", "同じ人数枠", "正確な常勤職員数"]),
    (DIFFER[0][0], DIFFER[0][1], ["45 to 55", "differ", "exact number"]),
    (DIFFER[1][0], DIFFER[1][1], ["45〜55", "異なります", "正確な常勤職員数"]),
])
def test_the_quota_runs_for_both_ends_and_the_reply_asks(bot, text: str, ends: tuple[int, int],
                                                          said: list[str]) -> None:
    reply = converse(bot, text)
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert sorted(c.args["full_time_employees"] for c in quota) == list(ends), reply.tool_calls
    assert all(s in reply.answer for s in said), reply.answer


def test_a_change_between_two_counts_is_no_range() -> None:
    parsed = UNDERSTANDER.parse("suppose our client grows from 50 to 51 full time staff next year, does their no.1 "
                                "trainee limit change?")
    assert parsed.scenarios["full_time_employees"] == (50, 51)
    assert "reading.range_ends" not in dict(parsed.notes)
