"""A share asked first and the plan given in the follow-up ("is it ok if related work is like 45% of the training
time?", then "ok our plan per year: 500h required, 450h related, 50h peripheral. good?"): the follow-up's parts are the
plan (500 / 450 / 50), the share of the first turn replaces none of them; a figure said per year that names its kind
("per year: 500h required") is that kind's hours, never the plan's total (pack pattern ``total_figure``)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PLAN = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize(("text", "hours", "total"), [
    ("ok our plan per year: 500h required, 450h related, 50h peripheral. good?", (500, 450, 50), None),
    ("per year 700 hours required, 200 hours related, 100 hours peripheral. fine?", (700, 200, 100), None),
    ("annually 1200h required work, 600h related work and 200h peripheral. ok?", (1200, 600, 200), None),
    # a per-year figure of no kind is still the total
    ("per year 2000 hours: required 1200h, related 500h, peripheral 300h", (1200, 500, 300), 2000),
], ids=["en-case", "en-per-year-hours", "en-annually", "en-per-year-total"])
def test_per_year_figure_naming_its_kind_is_that_kinds_hours(text: str, hours: tuple[int, ...], total: int | None
                                                             ) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(s) for s in PLAN) == hours
    assert parsed.slots.get("total_hours") == total


@pytest.mark.parametrize(("turns", "hours", "line"), [
    (("is it ok if related work is like 45% of the training time?",
      "ok our plan per year: 500h required, 450h related, 50h peripheral. good?"), (500, 450, 50), "related work 45%"),
    (("can peripheral work be 30%?", "per year: 700h required, 200h related, 100h peripheral. fine?"),
     (700, 200, 100), "peripheral work 10%"),
    (("関連業務を全体の45%にしても大丈夫ですか？", "年間の計画は必須業務500時間、関連業務450時間、周辺業務50時間です。どうですか？"),
     (500, 450, 50), "関連業務45%"),
], ids=["en-case", "en-peripheral", "ja"])
def test_the_follow_ups_parts_are_the_plan(bot, turns: tuple[str, str], hours: tuple[int, ...], line: str) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert tuple(call.args[s] for s in PLAN) == hours
    assert line in reply.answer
