"""One figure beside plan parts said to stay, with no word of correction ("すみません、800時間でした（関連と周辺はそのまま）",
"800 then, related and peripheral unchanged"), is a correction of the plan in the conversation (it was no correction and
the turn went to a search): the figure is the one part not kept (bot/agent/understand.py `_kept_parts`,
bot/agent/slot_reading.py `number_target`)."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "すみません、800時間でした（関連と周辺はそのまま）",
    "あ、800時間でした。関連と周辺は変わらずです。",
    "ごめんなさい、300時間の間違いでした（必須と関連はそのまま）",
    "800 then, related and peripheral unchanged",
    "sorry, 800 hours. related and peripheral stay the same",
], ids=["ja-case", "ja-kawarazu", "ja-peripheral", "en-then", "en-stay"])
def test_a_figure_beside_parts_kept_is_a_correction(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.correction
    assert parsed.numbers == [800.0] or parsed.numbers == [300.0]


@pytest.mark.parametrize("text", ["関連と周辺はそのままで大丈夫ですか？", "related and peripheral unchanged, ok?"],
                         ids=["ja-no-figure", "en-no-figure"])
def test_parts_kept_without_a_figure_is_no_correction_of_a_figure(text: str) -> None:
    assert not UNDERSTANDER.parse(text).numbers


@pytest.mark.parametrize(("turns", "hours"), [
    (("必須1000時間、関連600時間、周辺400時間です。大丈夫ですか？", "すみません、800時間でした（関連と周辺はそのまま）"), (800, 600, 400)),
    (("必須1000時間、関連600時間、周辺400時間です。大丈夫ですか？", "ごめんなさい、300時間の間違いでした（必須と関連はそのまま）"),
     (1000, 600, 300)),
    (("our plan: required 1000h, related 600h, peripheral 400h. ok?", "800 then, related and peripheral unchanged"),
     (800, 600, 400)),
], ids=["ja-case", "ja-peripheral", "en"])
def test_the_plan_is_checked_again_with_the_part_not_kept(bot, turns: tuple[str, str], hours: tuple[int, ...]) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert tuple(call.args[s] for s in ("required_hours", "related_hours", "peripheral_hours")) == hours
