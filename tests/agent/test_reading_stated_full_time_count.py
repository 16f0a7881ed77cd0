"""Class: a count the user states as the full-time figure ("so the real full-time number is 46", "the actual full-time
headcount is 46", "46 are actually full-time", "実際の常勤は46人です") wins over any derivation from an earlier total (the
trainees or part-timers it names are not subtracted again); a part named without such a figure is still subtracted."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

STATED = [
    "wait, that 52 includes 2 trainees we already have and 4 part-timers who only work 20 hours a week. so the real "
    "full-time number is 46",
    "sorry, the 52 includes 2 trainees and 4 part-timers, so the actual full-time headcount is 46",
    "52 staff including 2 trainees and 4 part-timers; so really 46 full-time. how many trainees can we take?",
    "correction: 52 counted 2 trainees and 4 part-timers. 46 are actually full-time.",
    "その52人には実習生2人とパート4人が含まれているので、実際の常勤は46人です",
    "訂正です。52人のうち実習生が2人、パートが4人いるので、本当の常勤職員数は46人です。",
]


@pytest.mark.parametrize("text", STATED)
def test_a_stated_full_time_count_wins(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") == 46
    assert not parsed.parts


def test_without_a_stated_figure_the_part_is_subtracted() -> None:
    assert UNDERSTANDER.parse("we have 120 full-time people but 8 of them are trainees. quota?").slots.get(
        "full_time_employees") == 112
    assert UNDERSTANDER.parse("the 52 included 4 trainees").parts.get("full_time_employees", (None,))[0] == 4


@pytest.mark.parametrize("correction", [STATED[0], STATED[4]])
def test_the_stated_count_reaches_the_quota(bot, correction: str) -> None:
    from support import converse

    reply = converse(bot, "our factory has 52 staff, how many technical intern trainees can we get?", correction)
    calls = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert calls and calls[-1].args.get("full_time_employees") == 46
