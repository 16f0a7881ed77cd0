"""Classes: durations in mixed units and products of days and hours per day. "fifteen days of 8 hours each" is 120 hours
in total; "8 days, 6 hours per day. Every day 3 hours 45 minutes is hands-on" is 48 in total, 30 practical; practical
hours said for the whole course outside the per-day sentence stay the course's; 「必須作業が4時間半、関連作業が30分、周辺
作業が3時間」 is 4.5 / 0.5 / 3 (before: 4 / missing / 3, and the course's practical hours asked again). No part of a
duration is dropped."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,total,practical", [
    ("The course is 8 days, 6 hours per day. Every day 3 hours 45 minutes is hands-on lab work, the rest is lecture. "
     "Does the course satisfy the practical training requirement?", 48, 30),
    ("It runs fifteen days of 8 hours each. Of that, 54 hours are hands-on labs and exercises and the rest is lectures. "
     "Does this course meet the Re-Skills course requirements?", 120, 54),
    ("Our course runs 10 days, 5 hours per day; each day 2 and a half hours are exercises. Re-Skills OK?", 50, 25),
    ("講座は10日間で、1日あたり6時間、毎日実習が3時間半です。Reスキルの要件を満たしますか？", 60, 35),
])
def test_hours_per_day_times_the_days_with_mixed_units(text: str, total: int, practical: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert (parsed.slots.get("total_hours"), parsed.slots.get("practical_hours")) == (total, practical)
    assert nlu.RESKILLS in parsed.intents


@pytest.mark.parametrize("text,hours", [
    ("1日8時間で考えてて、必須作業が4時間半、関連作業が30分、周辺作業が3時間。実習計画としてこれ通るかな？", (4.5, 0.5, 3)),
    ("必須業務は5時間15分、関連業務は1時間45分、周辺業務は1時間です。配分は大丈夫？", (5.25, 1.75, 1)),
    ("Per day: required 4 and a half hours, related an hour and a half, peripheral half an hour. Is the split OK?",
     (4.5, 1.5, 0.5)),
    ("Daily plan: required 5 hours 30 minutes, related 1 hour 30 minutes, peripheral 1 hour. Allowed?", (5.5, 1.5, 1)),
])
def test_plan_parts_in_mixed_units_are_read_whole(text: str, hours: tuple) -> None:
    parsed = UNDERSTANDER.parse(text)
    got = tuple(parsed.slots.get(s) for s in ("required_hours", "related_hours", "peripheral_hours"))
    assert got == hours


# The class: minutes that are no exact decimal of an hour (20 or 40 minutes) reach the calculator unrounded, so a
# plan at exactly one third of peripheral work still meets "at most 1/3" and the shares are those of the typed times
@pytest.mark.parametrize("message", [
    "Our daily plan: required work 5 hours 20 minutes, related work 0 hours, peripheral work 2 hours 40 minutes. "
    "Is this split allowed?",
    "必須作業が5時間20分、関連作業が0時間、周辺作業が2時間40分。この配分は大丈夫？",
])
def test_thirds_of_an_hour_reach_the_calculator_unrounded(bot, message: str) -> None:
    reply = bot.reply(bot.new_conversation(), message)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert call.args["peripheral_hours"] == pytest.approx(8 / 3, abs=1e-12)
    assert call.result["allowed"] is True
    assert "66.7" in reply.answer and "33.3" in reply.answer
