"""Class: a plan part named in the user's own words with its role in brackets, given as a share or in days (fresh
batch 07v: en7v-24, "45% must-do (required) tasks, 35% related tasks, 20% peripheral" asked for the required hours).
The share (or the days) before the work's name or after its bracket is that role's part, in EN and JA; the hours
form was already read (test_reading_plan_part_role_in_brackets). A synonym of the role ("must-do" work) names the
required part on its own; "must-do" said of anything but the plan's work is no plan."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PARTS = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize("text,expected", [
    ("our plan for the trainee is: 45% must-do (required) tasks, 35% related tasks, 20% peripheral. does this pass "
     "the rules?", (45, 35, 20)),
    ("our plan: 60% core jobs (required), 25% related, 15% peripheral. ok?", (60, 25, 15)),
    ("our plan: 60% welding (required), 25% assembly (related), 15% cleaning (peripheral). ok?", (60, 25, 15)),
    ("plan: welding (required) 60%, assembly (related) 25%, cleaning (peripheral) 15%. ok?", (60, 25, 15)),
    ("plan: machine sewing (the required work) 55%, ironing (= related) 30%, packing boxes (peripheral part) 15%. ok?",
     (55, 30, 15)),
    ("plan: 55% of the time on machine sewing (the required work), 30% on ironing (related) and 15% on packing "
     "(peripheral). ok?", (55, 30, 15)),
    ("６０％を溶接（必須業務）、２５％を組立（関連業務）、１５％を清掃（周辺業務）にあてます。いいですか？", (60, 25, 15)),
    ("研修計画は、45％がやらなければならない作業（必須業務）、35％が関連作業、20％が周辺作業です。基準を満たしますか？",
     (45, 35, 20)),
    ("60％は本業（必須業務）、25％は関連業務、15％は周辺業務です。大丈夫ですか？", (60, 25, 15)),
])
def test_a_share_beside_a_work_with_its_role_in_brackets_is_that_part(text: str, expected: tuple) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(k) for k in PARTS) == expected, parsed.slots
    assert parsed.percent_shares is True
    assert "training_time_split" in parsed.intents


@pytest.mark.parametrize("text,expected", [
    ("3日は溶接（必須業務）、1日は組立（関連業務）、1日は清掃（周辺業務）です。大丈夫ですか？", (3, 1, 1)),
    ("週5日のうち、3日を溶接（必須業務）、1日を組立（関連業務）、1日を清掃（周辺業務）にします。大丈夫ですか？", (3, 1, 1)),
    ("We plan 3 days welding (required part), 1 day assembly (related) and 1 day cleaning (peripheral) each week. OK?",
     (3, 1, 1)),
])
def test_days_beside_a_work_with_its_role_in_brackets_are_that_part(text: str, expected: tuple) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(k) for k in PARTS) == expected, parsed.slots
    assert "days" not in parsed.slots


@pytest.mark.parametrize("text,expected", [
    ("plan: 45% must-do tasks, 35% related tasks, 20% peripheral. ok?", (45, 35, 20)),
    ("plan: must-do work 900 h, related work 450 h, peripheral 650 h. ok?", (900, 450, 650)),
    ("plan: must-do work 9 days, related work 6 days, peripheral 5 days. ok?", (9, 6, 5)),
    ("plan: welding (must-do) 60%, assembly (related) 25%, cleaning (peripheral) 15%. ok?", (60, 25, 15)),
    ("plan: 45% main tasks, 35% related tasks, 20% peripheral. ok?", (45, 35, 20)),
])
def test_must_do_work_is_the_required_part(text: str, expected: tuple) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(k) for k in PARTS) == expected, parsed.slots


@pytest.mark.parametrize("text", [
    "what are the must-do tasks after the trainees arrive?",
    "Is a health check a must-do task for the company before the trainees start?",
])
def test_must_do_said_of_other_things_is_no_plan(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not any(parsed.slots.get(k) is not None for k in PARTS), parsed.slots
    assert "training_time_split" not in parsed.intents


def test_the_plan_is_checked_and_fails_below_half(bot) -> None:
    from support import converse

    reply = converse(bot, "our plan for the trainee is: 45% must-do (required) tasks, 35% related tasks, 20% "
                          "peripheral. does this pass the rules?")
    calls = [c for c in reply.tool_calls if c.name == "training_time_split"]
    assert calls and tuple(calls[-1].args[k] for k in PARTS) == (45, 35, 20), reply.answer[:300]
    assert "45%" in reply.answer and "50%" in reply.answer
