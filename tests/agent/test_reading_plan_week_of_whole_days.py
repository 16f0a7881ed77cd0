"""A week described by whole days of one kind of work: each day label whose part names one kind and no figure gives
that kind its days; with the hours of a day each kind's hours are its days × those hours, without them the plan is
checked in days (bot/agent/understand.py `_work_days`; pack ``schedule`` ``work_day_*``, ``hours_a_day``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = ("required_hours", "related_hours", "peripheral_hours")


def _read(text: str) -> tuple[tuple[int | float | None, ...], list[str]]:
    parsed = UNDERSTANDER.parse(text)
    assert "training_time_split" in parsed.intents
    return tuple(parsed.slots.get(slot) for slot in PLAN), [key for key, _ in parsed.notes]


@pytest.mark.parametrize("text", [
    "Plan for our welding trainee. Week is Mon-Fri, 8h a day. Mon to Wed: welding, that's the required work. Thursday: "
    "helping with frame assembly (related work). Friday: cleaning, carrying materials, warehouse stuff (peripheral). Is "
    "this split ok?",
    "Mon-Wed: welding (required). Thu: frame assembly (related). Fri: cleaning (peripheral). 8 hours per day. ok?",
    "We work 8-hour days. Monday to Wednesday is required work, Thursday is related work, Friday is peripheral work. "
    "Allowed?",
    "月〜水は溶接（必須）、木曜は組立（関連）、金曜は清掃（周辺）、1日8時間です。この配分で大丈夫ですか？",
    "1日8時間勤務です。月曜から水曜は必須業務、木曜日は関連業務、金曜日は周辺業務です。問題ないですか？",
], ids=["en-case", "en-abbreviated-days", "en-hour-days", "ja-brackets", "ja-gyoumu"])
def test_week_of_whole_days_with_hours_a_day(text: str) -> None:
    hours, notes = _read(text)
    assert hours == (24, 8, 8)
    assert "reading.schedule" in notes


@pytest.mark.parametrize("text", [
    "Mon to Wed: welding, the required work. Thursday: assembly (related work). Friday: cleaning (peripheral). OK?",
    "Monday-Wednesday: required work. Thursday: related work. Friday: peripheral work. Is this split fine?",
    "月曜から水曜は必須業務、木曜は関連業務、金曜は周辺業務です。問題ないですか？",
    "月〜水：溶接（必須）。木：組立（関連）。金：清掃（周辺）。この配分で大丈夫ですか？",
], ids=["en-case-no-hours", "en-plain", "ja-gyoumu", "ja-colons"])
def test_week_of_whole_days_without_hours_is_checked_in_days(text: str) -> None:
    days, notes = _read(text)
    assert days == (3, 1, 1)
    assert "reading.plan_unit" in notes


@pytest.mark.parametrize("text", [
    # a kind named before its days: not read by position
    "Welding (required) Monday to Wednesday, assembly (related) on Thursday, cleaning (peripheral) on Friday. 8h a day.",
    # a day of two kinds: not one kind's day
    "Mon-Wed: required work. Thu and Fri: related and peripheral work. 8h a day. ok?",
], ids=["kind-before-days", "day-of-two-kinds"])
def test_week_of_whole_days_not_read_by_position(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not any(key == "reading.schedule" for key, _ in parsed.notes)
    assert parsed.slots.get("required_hours") != 24


@pytest.mark.parametrize("text", [
    "Each week: 3 days of welding (required work), 1 day of frame assembly (related work), 1 day of cleaning "
    "(peripheral). 8h a day. ok?",
    "3 days required work, 1 day related work, 1 day peripheral. ok?",
    "溶接（必須）を週3日、組立（関連）を1日、清掃（周辺）を1日、1日8時間です。大丈夫ですか？",
    "必須業務が週3日、関連業務が1日、周辺業務が1日です。大丈夫ですか？",
], ids=["en-days-of", "en-days-plain", "ja-brackets", "ja-gyoumu"])
def test_week_of_whole_days_counted_by_number(text: str) -> None:
    days, notes = _read(text)
    assert days == (3, 1, 1)
    assert "reading.plan_unit" in notes
