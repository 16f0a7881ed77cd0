"""A correction that names the kind of hours it corrects by its word (「必須の数字を打ち間違えてました。正しくは800時間です
（関連600・周辺400はそのまま）」, "sorry, I mistyped the required figure, it's 800 (related and peripheral unchanged)")
reruns the training-time split with that part changed and the others as they were (the restated figures are no new
value, and the number is never given to a second part)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators

FIRST_JA = "実習計画の時間配分チェックをお願いします。必須1200時間、関連600時間、周辺400時間です。"
FIRST_EN = "please check our training plan: required 1200 hours, related 600 hours, peripheral 400 hours."


@pytest.mark.parametrize("first,correction,expected", [
    (FIRST_JA, "すみません、必須の数字を打ち間違えてました。正しくは800時間です（関連600・周辺400はそのまま）。", (800, 600, 400)),
    (FIRST_JA, "必須の時間を間違えました。800時間です。", (800, 600, 400)),
    (FIRST_JA, "ごめんなさい、関連の数字が違ってました。正しくは500時間です（必須1200・周辺400はそのまま）。", (1200, 500, 400)),
    (FIRST_JA, "周辺業務の時間を打ち間違えました、300時間です。", (1200, 600, 300)),
    (FIRST_EN, "sorry, I mistyped the required figure, it's 800 (related and peripheral unchanged)", (800, 600, 400)),
    (FIRST_EN, "the required hours were a typo - it should be 800. related 600 and peripheral 400 stay.",
     (800, 600, 400)),
    (FIRST_EN, "I got the related figure wrong, it's 500; required 1200 and peripheral 400 as before", (1200, 500, 400)),
    (FIRST_EN, "typo in the peripheral: 300 hours", (1200, 600, 300)),
])
def test_a_correction_naming_a_plan_part_changes_that_part_only(bot, first: str, correction: str,
                                                               expected: tuple[int, int, int]) -> None:
    (call,) = calculators(converse(bot, first, correction))
    assert call.name == "training_time_split"
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == expected


@pytest.mark.parametrize("first,correction", [
    (FIRST_JA, "すみません、必須の数字を打ち間違えてました。正しくは800時間です（関連600・周辺400はそのまま）。"),
    (FIRST_EN, "sorry, I mistyped the required figure, it's 800 (related and peripheral unchanged)"),
])
def test_the_corrected_plan_is_judged_on_the_new_share(bot, first: str, correction: str) -> None:
    reply = converse(bot, first, correction)
    assert not reply.refused
    assert "44.4" in reply.answer  # 800 of 1800 hours: under the required half
