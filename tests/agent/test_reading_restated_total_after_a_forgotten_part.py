"""A count corrected by a part the user left out, with the new total: "I forgot the night shift team, 6 more persons
full time. So total is 54", 「夜勤チームの6人を忘れていました。合計54人です」. The total is the count, a correction of the
one given before, and it binds to the quota asked in the turn before (never to a plan's total hours). Before,
en5c-33's second turn read 54 as total hours and searched instead of running the quota."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

CORRECTIONS = [
    ("Olá! I own a bento factory in Gunma. We have 48 funcionários full-time. How many jisshusei we can take?",
     "Desculpa, I counted wrong, I forgot the night shift team, 6 more persons full time. So total is 54. How many "
     "then?", 54),
    ("We have 48 full-time employees. How many trainees can we take?",
     "Sorry, I forgot the 4 drivers, they are full-time too. So the total is 52 now. How many trainees then?", 52),
    ("常勤の従業員は48人です。技能実習生は何人まで受け入れられますか？",
     "すみません、数え間違えました。夜勤チームの6人を忘れていました。常勤です。なので合計54人です。それだと何人ですか？", 54),
    ("常勤職員は48名です。実習生は何人受け入れられますか？", "ごめんなさい、夜勤の常勤6名を入れ忘れてました。全部で54名になります。何人まで？", 54),
]


@pytest.mark.parametrize(("first", "second", "total"), CORRECTIONS)
def test_the_new_total_is_the_count(first: str, second: str, total: int) -> None:
    parsed = UNDERSTANDER.parse(second)
    assert parsed.slots.get("full_time_employees") == total
    assert parsed.correction
    assert "total_hours" not in parsed.slots


@pytest.mark.parametrize(("first", "second", "total"), CORRECTIONS)
def test_the_new_total_runs_the_quota_asked_before(bot, first: str, second: str, total: int) -> None:
    reply = converse(bot, first, second)
    quota = [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert [c.args["full_time_employees"] for c in quota] == [total], reply.tool_calls


@pytest.mark.parametrize("text", [
    "I forgot to say: the course is 40 hours in total, so total is 40. Is it eligible?",  # hours, not people
    "Sorry, I forgot to mention we are not excellent. How many trainees for 30 full-time staff?",  # no new total
])
def test_no_total_of_people_is_no_restated_count(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots.get("full_time_employees") in (None, 30)
