"""A course's hours written total first, then the practical part with no "total" word (batch f, class 4): "30 hour,
20 hour is practice" is total_hours=30, practical_hours=20. The class, generated over the units, the separators,
the verbs between the practical hours and their word, and both languages ("30時間、20時間が実習").
"""

from __future__ import annotations

import itertools

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

UNITS = ["hour", "hours", "h", "hrs"]
SEPARATORS = [", ", "; ", ", and ", " and ", " with "]
PRACTICAL = ["is practice", "are practical", "is hands-on", "practical", "of practice", "of it is exercises",
             "for practice"]
PAIRS = [(30, 20), (40, 12), (36, 18)]


@pytest.mark.parametrize("unit,sep,practical", list(itertools.product(UNITS, SEPARATORS, PRACTICAL)))
def test_total_first_then_practical(unit: str, sep: str, practical: str) -> None:
    for total, part in PAIRS:
        text = f"we make course only basic IT. {total} {unit}{sep}{part} {unit} {practical}. can get re-skills nintei?"
        slots = UNDERSTANDER.parse(text).slots
        assert (slots.get("total_hours"), slots.get("practical_hours")) == (total, part), text


@pytest.mark.parametrize("text", [
    "講座は{t}時間、{p}時間が実習です。Re-Skillsの認定を受けられますか？",
    "{t}時間で、うち{p}時間は演習です。Re-Skillsの対象になりますか",
    "研修は{t}時間、そのうち{p}時間が実技です。Re-Skillsの認定を受けられますか？",
])
def test_total_first_then_practical_in_japanese(text: str) -> None:
    for total, part in PAIRS:
        slots = UNDERSTANDER.parse(text.format(t=total, p=part)).slots
        assert (slots.get("total_hours"), slots.get("practical_hours")) == (total, part), text


@pytest.mark.parametrize("text,total,part", [
    ("20 hours practice, 30 hours total. re-skills ok?", 30, 20),
    ("practical 20 hours out of 30 hours. re-skills ok?", 30, 20),
])
def test_the_other_orders_still_read(text: str, total: int, part: int) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert (slots.get("total_hours"), slots.get("practical_hours")) == (total, part)
