"""Class: a question asking which of two counts applies ("so is it 28 or 34?", "do we count 40 or 50?", 「28人と34人
どっちですか」) with the user's own figures is answered first with the count the rule gives and why (trainees, staff
abroad and staff under the full-time days or hours are not counted); the quota is computed on that count. Where
neither figure is the count read, no answer is forced."""

from __future__ import annotations

import pytest

from reading_checks import calls_named
from support import converse
from tests.knowledge import repo_understander


@pytest.mark.parametrize("message, first, employees", [
    ("When you count full-time employees for the trainee limit, do our current trainees count? We have 28 Japanese "
     "full-time staff and 6 No.2 trainees, so is it 28 or 34?", "No, not 34: the count is 28 full-time employees", 28),
    ("We have 40 full-time staff and 10 part-timers working 20 hours a week. For the trainee quota, do we count 40 or "
     "50?", "No, not 50: the count is 40 full-time employees", 40),
    ("正社員28人と技能実習生6人がいます。技能実習の人数枠の常勤職員は28人と34人どっちで数えますか？",
     "いいえ、34人ではありません。常勤職員は28人で数えます", 28),
])
def test_which_count_applies_is_answered_first(bot, message: str, first: str, employees: int) -> None:
    reply = converse(bot, message)
    calls = calls_named(reply, "trainee_quota")
    assert calls and calls[-1].args["full_time_employees"] == employees, reply.tool_calls
    assert reply.answer.startswith(first), reply.answer
    assert "not counted" in reply.answer or "数えません" in reply.answer


@pytest.mark.parametrize("message", [
    "We have 30 full-time staff. Can we take 1 or 2 No.1 trainees?",
    "We have 28 full-time staff. Is it 40 or 50 for a bigger company?",
])
def test_no_answer_forced_where_neither_figure_is_the_count(message: str) -> None:
    assert repo_understander().parse(message).claims == [], message
