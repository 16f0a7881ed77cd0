"""Hours given "to / for / on" a category ("500 hours to required work, 180 hours to related work") pair each
number with the category after it; a preposition is never a kind of work, and one number the user typed never
fills two slots (it was read as related 500, peripheral 500)."""

from __future__ import annotations

import itertools

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

CATS = {"required_hours": "required work", "related_hours": "related work", "peripheral_hours": "peripheral work"}
VALUES = {"required_hours": 500, "related_hours": 180, "peripheral_hours": 320}


@pytest.mark.parametrize("prep", ["to", "for", "on", "to the", "for the", "of"])
@pytest.mark.parametrize("order", list(itertools.permutations(CATS)))
def test_each_number_goes_to_the_category_after_it(prep: str, order: tuple[str, ...]) -> None:
    parts = [f"{VALUES[s]} hours {prep} {CATS[s]}" for s in order]
    text = (f"A training plan allocates {parts[0]}, {parts[1]} and {parts[2]}. "
            "Is the peripheral share compliant?")
    parsed = UNDERSTANDER.parse(text)
    assert {s: parsed.slots.get(s) for s in VALUES} == VALUES, text


@pytest.mark.parametrize("text", [
    "必須業務に500時間、関連業務に180時間、周辺業務に320時間を割り当てる計画です。周辺業務の割合は大丈夫ですか。",
    "実習計画は必須業務500時間、関連業務180時間、周辺業務320時間です。基準を満たしますか。",
    "周辺業務に320時間、必須業務に500時間、関連業務に180時間の計画です。問題ありませんか。",
])
def test_japanese_hours_per_category(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {s: parsed.slots.get(s) for s in VALUES} == VALUES


@pytest.mark.parametrize("text", [
    "We spend 500 hours to required work, 180 hours to related work and 320 hours to peripheral work.",
    "The plan gives 500 hours for required work, 180 hours for related work, 320 hours for peripheral work.",
    "500 hours on required work, 180 hours on related work, 320 hours on peripheral work: is it ok?",
])
def test_one_number_never_fills_two_slots(text: str) -> None:
    slots = UNDERSTANDER.parse(text).slots
    got = [slots.get(s) for s in VALUES if slots.get(s) is not None]
    assert len(got) == len(set(got)) == 3
