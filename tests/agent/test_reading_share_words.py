"""A training plan's shares said in words or in 割/分 are read exactly like shares in figures: "fifty percent
required, fifty percent related and zero peripheral" is 50/50/0 (before: the zero was not read, and the peripheral
share was asked), "no peripheral work" and "peripheral: none" are 0; 「四割五分、三割五分、二割」 is 45/35/20 (before:
kanji numerals before 割 stayed kanji and no share was read), 「五割」 is 50, 「周辺作業はなし」 is 0. Nothing given
to a part beside hours given to the others is 0 hours ("required 600 hours, related 300 hours, no peripheral work")."""

from __future__ import annotations

import pytest

from bot.agent import nlu
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PARTS = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize("text,expected", [
    ("For our food manufacturing trainees we want to do fifty percent required work, fifty percent related work and "
     "zero peripheral. Is that allowed?", (50, 50, 0)),
    ("60% required, 40% related, no peripheral work. OK?", (60, 40, 0)),
    ("required 70%, related 30%, peripheral: none. Is that fine?", (70, 30, 0)),
    ("50% essential work, 50% related work, peripheral none.", (50, 50, 0)),
    ("露地野菜の農家です。技能実習計画で、必須作業の割合を四割五分、関連作業を三割五分、周辺作業を二割くらいにしようと思っています。"
     "この配分で問題ないでしょうか？", (45, 35, 20)),
    ("必須作業を五割、関連作業を三割、周辺作業を二割にします。問題ないですか？", (50, 30, 20)),
    ("必須作業を4割5分、関連作業を3割5分、周辺作業を2割にします。", (45, 35, 20)),
    ("必須作業は6割、関連作業は4割、周辺作業はなしです。大丈夫ですか？", (60, 40, 0)),
])
def test_shares_in_words_are_read_exactly(text: str, expected: tuple[int, int, int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(s) for s in PARTS) == expected
    assert parsed.percent_shares and nlu.SPLIT in parsed.intents


@pytest.mark.parametrize("text,expected", [
    ("Required 600 hours, related 300 hours, no peripheral work.", (600, 300, 0)),
    ("必須作業600時間、関連作業400時間、周辺作業はなし。", (600, 400, 0)),
])
def test_no_time_on_a_part_beside_hours_is_zero_hours(text: str, expected: tuple[int, int, int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(s) for s in PARTS) == expected
    assert not parsed.percent_shares


@pytest.mark.parametrize("text", [
    "We have no related document yet; required work is 60% of the plan.",
    "十分な時間をとって説明してもらえますか？",
])
def test_a_no_or_a_kanji_word_that_is_no_share_says_nothing(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "related_hours" not in parsed.slots and "peripheral_hours" not in parsed.slots
