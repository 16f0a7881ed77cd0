"""Class: a quantity of another unit (the plan's years, months, weeks or days: "our 1 year training plan", "a 3-month
course") never takes a work type's hours slot, nor turns how the hours are paired with their work types."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,hours", [
    ("our 1 year training plan is 1,760 hours total. required tasks 1,000h, related 460h, and the rest is peripheral "
     "(cleaning, carrying materials). is this ok?", {"required_hours": 1000, "related_hours": 460}),
    ("our 1 year training plan: required 1,000h, related 460h, peripheral 300h. ok?",
     {"required_hours": 1000, "related_hours": 460, "peripheral_hours": 300}),
    ("a 2-year plan with 6 weeks of orientation: required 1,200 hours, related 500 hours, peripheral 300 hours",
     {"required_hours": 1200, "related_hours": 500, "peripheral_hours": 300}),
    ("実習期間1年の計画で総時間1,760時間、必須1,000時間、関連460時間、残りは周辺です。大丈夫ですか？",
     {"required_hours": 1000, "related_hours": 460}),
])
def test_a_duration_of_the_plan_is_no_hours(text: str, hours: dict) -> None:
    slots = UNDERSTANDER.parse(text).slots
    for slot, value in hours.items():
        assert slots.get(slot) == value, slot


def test_a_course_length_in_months_is_no_hours() -> None:
    slots = UNDERSTANDER.parse("a 3-month course, 120 hours total, practical 40 hours. does it qualify for reskills?").slots
    assert slots.get("total_hours") == 120 and slots.get("practical_hours") == 40


def test_the_rest_of_a_plan_with_its_duration_is_computed(bot) -> None:
    from support import converse

    reply = converse(bot, "our 1 year training plan is 1,760 hours total. required tasks 1,000h, related 460h, and the "
                          "rest is peripheral (cleaning, carrying materials). is this ok?")
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and calls[-1].args == {"required_hours": 1000, "related_hours": 460, "peripheral_hours": 300}
