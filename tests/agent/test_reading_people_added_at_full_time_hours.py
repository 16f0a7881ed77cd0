"""A follow-up adding people who DO meet the full-time hours to the last quota's count ("we also have 4 people on 40
hours a week, contract staff", 「ほかに週40時間の契約社員が4人います」 after a quota answer for 28): they count, so the
quota runs again on 28 + 4 = 32 and the reply says why they count. Before, their own number (4) replaced the count.
People named beside a count in the same message are added to it; people under the full-time hours are not read here."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "we also have 4 people on 40 hours a week, contract staff",
    "Besides that, 4 contract employees who work 40 hours a week.",
    "Also 4 staff on fixed-term contracts, 5 days a week, 8 hours a day.",
    "ほかに週40時間の契約社員が4人います",
    "それとは別に、週5日・1日8時間の嘱託社員が4名います。",
    "別に契約社員が4人（週40時間）います",
])
def test_their_number_adds_to_the_count_given_before(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "full_time_employees" not in parsed.slots
    assert parsed.increments.get("full_time_employees") == 4
    assert [key for key, _ in parsed.notes] == ["reading.count_added_full_time"]


@pytest.mark.parametrize("text", [
    "We have 28 full-time staff, plus 4 contract workers doing 40 hours a week.",
    "常勤の社員は28人です。ほかに週40時間の契約社員が4人います。",
])
def test_beside_a_stated_count_they_are_added_to_it(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.slots["full_time_employees"] == 32 and not parsed.increments.get("full_time_employees")


@pytest.mark.parametrize("text", [
    "we also have 4 people on 20 hours a week",
    "also 4 agency staff on 40 hours a week",
    "ほかに週20時間の契約社員が4人います",
    "ほかに週40時間の派遣社員が4人います",
])
def test_people_under_the_hours_or_not_employed_are_not_added(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not parsed.increments.get("full_time_employees")
    assert "reading.count_added_full_time" not in [key for key, _ in parsed.notes]


@pytest.mark.parametrize("turns", [
    ("We have 28 full-time employees. How many No.1 trainees can we take?",
     "we also have 4 people on 40 hours a week, contract staff"),
    ("常勤の従業員は28人です。1号は何人受け入れられますか。", "ほかに週40時間の契約社員が4人います"),
])
def test_the_quota_runs_again_with_them(bot, turns: tuple[str, str]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "trainee_quota")
    assert call.args["full_time_employees"] == 32
    assert "32" in reply.answer
