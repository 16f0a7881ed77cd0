"""A figure in hours that is the plan's whole (a plan / programme / training of N hours, a N-hour plan, over N hours
of training, out of N hours, per year / annually N hours, N時間の計画で, 年間N時間, N時間のうち, 実習計画はN時間) is the plan's total, never a work type's
hours: each work type takes the figure written next to it (before or after it), with the total first or last, with or
without the word "total"."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "parts", "total"), [
    ("for a plan of 900 hours, required 500 hours, related 250 hours, peripheral 150 hours", (500, 250, 150), 900),
    ("a plan of 900 hours: required 500h, related 250h, peripheral 150h. ok?", (500, 250, 150), 900),
    ("our programme of 900 hours has 500 hours of required work, 250 hours of related work and 150 hours of "
     "peripheral work", (500, 250, 150), 900),
    ("over 1,800 hours of training, required 1000h, related 500h, peripheral 300h. is this split fine?",
     (1000, 500, 300), 1800),
    ("a 900-hour plan: required 500h, related 250h, peripheral 150h", (500, 250, 150), 900),
    ("out of 900 hours, required 500h, related 250h, peripheral 150h", (500, 250, 150), 900),
    ("a training of 900 hours with required 500 h, related 250 h and peripheral 150 h. is that ok?",
     (500, 250, 150), 900),
    ("the plan is 900 hours; required 500 hours, related 250 hours, peripheral 150 hours", (500, 250, 150), 900),
    ("required 500 hours, related 250 hours, peripheral 150 hours, for a plan of 900 hours. ok?", (500, 250, 150), 900),
    ("500 hours of required work, 250 hours of related work, 150 hours of peripheral work in a plan of 900 hours",
     (500, 250, 150), 900),
    ("total 900 hours, required 500 hours, related 250 hours, peripheral 150 hours", (500, 250, 150), 900),
    ("900時間の計画で、必須500時間、関連250時間、周辺150時間です。", (500, 250, 150), 900),
    ("年間1,800時間: 必須1000時間、関連500時間、周辺300時間", (1000, 500, 300), 1800),
    ("1800時間のうち、必須業務に1000時間、関連業務に500時間、周辺業務に300時間", (1000, 500, 300), 1800),
    ("必須業務に1000時間、関連業務に500時間、周辺業務に300時間、計画全体で1800時間です", (1000, 500, 300), 1800),
    ("実習計画は1800時間で、必須1000時間、関連500時間、周辺300時間", (1000, 500, 300), 1800),
    ("per year 1760 hours: required 1000, related 460, peripheral 300. ok?", (1000, 460, 300), 1760),
    ("annually 1,760 hours. required work 1000 hours, related 460 hours, peripheral 300 hours", (1000, 460, 300), 1760),
    ("a year is 1760 hours; required 1000h, related 460h, peripheral 300h", (1000, 460, 300), 1760),
])
def test_the_plans_whole_is_the_total_never_a_work_types_hours(text: str, parts: tuple[int, int, int],
                                                                total: int) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert (slots.get("required_hours"), slots.get("related_hours"), slots.get("peripheral_hours")) == parts
    assert slots.get("total_hours") == total


@pytest.mark.parametrize("text", [
    "for a plan of 900 hours, required 500 hours, related 250 hours, peripheral 150 hours. is it ok?",
    "900時間の計画で、必須500時間、関連250時間、周辺150時間です。問題ありますか？",
])
def test_the_tool_gets_each_work_types_own_hours(bot, text: str) -> None:
    from support import converse

    reply = converse(bot, text)
    assert reply.tool_calls[0].args == {"required_hours": 500, "related_hours": 250, "peripheral_hours": 150}


@pytest.mark.parametrize(("text", "slots"), [
    ("the plan has 500 hours of required work, 250 related, 150 peripheral",
     {"required_hours": 500, "related_hours": 250, "peripheral_hours": 150}),
    ("our plan of 1000 hours required work, 500 related, 300 peripheral",
     {"required_hours": 1000, "related_hours": 500, "peripheral_hours": 300}),
    ("the training has 20 hours of practical work and 40 hours total", {"practical_hours": 20, "total_hours": 40}),
    ("our course is 40 hours, the training is 24 hours of exercises. eligible for reskills?",
     {"practical_hours": 24, "total_hours": 40}),
    ("required 1000 hours per year, related 460 hours, peripheral 300 hours",
     {"required_hours": 1000, "related_hours": 460, "peripheral_hours": 300}),
    ("required work 1000 hours a year, related 460 a year, peripheral 300 a year",
     {"required_hours": 1000, "related_hours": 460, "peripheral_hours": 300}),
])
def test_a_figure_named_by_its_work_type_stays_that_work_types(text: str, slots: dict[str, int]) -> None:
    """A plan's figure followed by a work type's name ("the plan has 500 hours of required work") is that type's."""
    read = UNDERSTANDER.parse(text).slots
    assert {k: read.get(k) for k in slots} == slots
    if "total_hours" not in slots:
        assert "total_hours" not in read


@pytest.mark.parametrize("text", [
    "Our plan has 2000 hours in total: 1000 h essential, 360 h related and 640 h peripheral. ok?",
    "the plan is 2000 hours overall: 1000 h required, 360 h related, 640 h peripheral",
])
def test_a_total_said_twice_leaves_the_next_figure_to_its_work_type(text: str) -> None:
    slots = UNDERSTANDER.parse(text).slots
    assert (slots.get("required_hours"), slots.get("related_hours"), slots.get("peripheral_hours")) == (1000, 360, 640)
    assert slots.get("total_hours") == 2000
