"""Plan parts said to stay as they were beside a corrected figure ("it's 800 (related and peripheral unchanged)",
「800時間です（関連と周辺はそのまま）」): the figure is never the kept parts' (pack ``kept``, a list of kinds included;
bot/agent/understand.py `_kept_parts`), and a lone figure with every other part kept is the one part not kept
(bot/agent/slot_reading.py `number_target`)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "slots", "kept"), [
    ("sorry, I mistyped the required figure, it's 800 (related and peripheral unchanged)", {"required_hours": 800},
     {"related_hours", "peripheral_hours"}),
    ("it's 800 (related and peripheral unchanged)", {}, {"related_hours", "peripheral_hours"}),
    ("required is 900 now, related and peripheral stay the same", {"required_hours": 900},
     {"related_hours", "peripheral_hours"}),
    ("make it 300 please, required and related work remain unchanged", {}, {"required_hours", "related_hours"}),
    ("すみません、800時間でした（関連と周辺はそのまま）", {}, {"related_hours", "peripheral_hours"}),
    ("必須は900時間に変えます。関連・周辺は変わらずです。", {"required_hours": 900}, {"related_hours", "peripheral_hours"}),
], ids=["en-case", "en-bare", "en-stay-the-same", "en-remain", "ja-sonomama", "ja-kawarazu"])
def test_kept_parts_take_no_figure(text: str, slots: dict[str, int], kept: set[str]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: v for k, v in parsed.slots.items() if k.endswith("_hours")} == slots
    assert kept <= parsed.kept


@pytest.mark.parametrize(("text", "slots"), [
    ("related stays at 600, required 900", {"related_hours": 600, "required_hours": 900}),
    ("required 900, related 600 and peripheral 400 unchanged",
     {"required_hours": 900, "related_hours": 600, "peripheral_hours": 400}),
], ids=["en-stays-at", "en-values-listed"])
def test_kept_part_with_its_own_figure_keeps_it(text: str, slots: dict[str, int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert {k: v for k, v in parsed.slots.items() if k.endswith("_hours")} == slots


@pytest.mark.parametrize(("turns", "hours"), [
    (("our plan: required 1000h, related 600h, peripheral 400h. ok?", "it's 800 (related and peripheral unchanged)"),
     (800, 600, 400)),
    (("our plan: required 1000h, related 600h, peripheral 400h. ok?",
      "oops, it's 800 (related and peripheral unchanged)"), (800, 600, 400)),
    (("our plan: required 1000h, related 600h, peripheral 400h. ok?",
      "make it 300 please, required and related stay the same"), (1000, 600, 300)),
    (("必須1000時間、関連600時間、周辺400時間です。大丈夫ですか？", "訂正です、800時間です（関連と周辺はそのまま）"), (800, 600, 400)),
], ids=["en-case", "en-oops", "en-peripheral", "ja"])
def test_lone_figure_is_the_part_not_kept(bot, turns: tuple[str, str], hours: tuple[int, ...]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert tuple(call.args[s] for s in ("required_hours", "related_hours", "peripheral_hours")) == hours
