"""A count that a later aside names ("three trainees (not included in the forty-five)", "our 4 trainees are not
included in the 60", 「実習生3人は四十五人に含まれていません」) is still the count: only the number before the words that set
something aside is set aside, never the count those words name. In words and digits, both languages."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import calls_named, slots_of
from support import converse


@pytest.mark.parametrize("text, count", [
    ("At the moment we have forty-five people working full time, plus six part-timers who come three days a week, and "
     "three Vietnamese trainees who arrived last spring (not included in the forty-five). How many trainees can we have?",
     45),
    ("we have 45 people working full time, and three trainees (not included in the 45). how many trainees can we have?",
     45),
    ("We have 60 full-time staff, and our 4 trainees are not included in the 60. How many trainees can we take?", 60),
    ("Eighty-two full-time employees, and 5 interns (not counted in the eighty-two). What is our quota?", 82),
    ("常勤は四十五人で、実習生3人は四十五人に含まれていません。1号の受け入れ人数は？", 45),
    ("常勤職員は45人、実習生が3人います（45人には含まれていません）。受け入れ人数枠は？", 45),
])
def test_the_count_an_aside_names_is_the_count(text, count):
    assert slots_of(text).get("full_time_employees") == count


@pytest.mark.parametrize("text, count", [
    ("We also have a sales office in Bangkok with 12 people, but they're not part of the numbers below. Full-time "
     "headcount here in Japan is 430. What is our quota?", 430),
    ("350 staff (plus 40 part-timers, not counted). quota?", 350),
])
def test_a_number_set_aside_is_still_never_the_count(text, count):
    assert slots_of(text).get("full_time_employees") == count


def test_the_owners_long_message_runs_the_quota_on_the_count(bot):
    reply = converse(bot, (
        "Hello, I run a small metal pressing company in Kawaguchi, Saitama, founded by my father in 1978. We make "
        "brackets for car seats mostly. At the moment we have forty-five people working full time, plus six part-timers "
        "who come three days a week, and three Vietnamese trainees who arrived last spring (not included in the "
        "forty-five). Business is good but young Japanese applicants just don't come anymore, so the union suggested "
        "more trainees. We are a normal company, not one of the 'excellent' ones. So my question: how many first-year "
        "(No.1) trainees can we have at the same time?"))
    calls = calls_named(reply, "trainee_quota")
    assert calls and calls[0].args["full_time_employees"] == 45 and calls[0].args["excellent"] is False
    assert "5 No.1" in reply.answer
