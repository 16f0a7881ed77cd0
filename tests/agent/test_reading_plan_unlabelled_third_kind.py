"""One listed activity with its hours and no kind beside two activities labelled with the two other kinds is the third
kind, said as assumed (note ``reading.unlabelled_kind``): "22 hours sewing, 12 hours ironing (related), 6 hours
cleaning (peripheral)" -> 22/12/6. A figure per week or day, or the total of all, is no part
(bot/agent/understand.py `_unlabelled_kind`; pack section ``kinds_after``: ``labels``, ``period``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize(("text", "hours", "work"), [
    ("40 hours a week: 22 hours sewing, 12 hours ironing and inspection (related), 6 hours cleaning the workshop "
     "(peripheral). Is that ok?", (22, 12, 6), "sewing"),
    ("Weekly plan: 20h welding, 12h grinding (related), 8h cleaning (peripheral). ok?", (20, 12, 8), "welding"),
    ("sewing 22h, ironing 12h (related), cleaning 6h (peripheral)", (22, 12, 6), "sewing"),
    ("週40時間：縫製22時間、アイロンと検品12時間（関連）、作業場の清掃6時間（周辺）。大丈夫ですか？", (22, 12, 6), "縫製"),
    ("溶接20時間、研磨12時間（関連）、清掃8時間（周辺）で計画しています。", (20, 12, 8), "溶接"),
    ("関連業務12時間、周辺業務6時間、ミシン縫製22時間です。問題ないですか？", (22, 12, 6), "ミシン縫製"),
])
def test_plan_unlabelled_part_is_the_third_kind(text: str, hours: tuple[int, ...], work: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "training_time_split" in parsed.intents
    assert tuple(parsed.slots.get(slot) for slot in PLAN) == hours
    notes = [params for key, params in parsed.notes if key == "reading.unlabelled_kind"]
    assert notes and notes[0]["work"] == work and notes[0]["slot"] == "required_hours"


@pytest.mark.parametrize("text", [
    "We do 8 hours a day. related 300 hours, peripheral 100 hours, is it ok?",  # a day's hours: no part
    "related 300 hours, peripheral 100 hours. what about required?",
    "1日8時間です。関連業務300時間、周辺業務100時間で大丈夫ですか？",
])
def test_plan_unlabelled_figure_that_is_no_part_is_not_the_third_kind(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "required_hours" not in parsed.slots
