"""A correction naming the figure it corrects (総時間まちがえてました。24時間です, "I got the total wrong. It's 24") corrects
that figure, the other figure kept."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

U = repo_understander()

FIRST_JA = "データサイエンスの講座でRe-Skills認定を狙ってます。総時間18時間、演習12時間です。いけますか？"

FIRST_EN = "Our data science course: 18 hours total, 12 hours practical. Can it be certified for Re-Skills?"


@pytest.mark.parametrize("first,correction", [
    (FIRST_JA, "すみません、総時間まちがえてました。24時間です（演習は12時間のまま）。これならどうでしょう？"),
    (FIRST_JA, "すみません、総時間まちがえてました。24時間です。演習はそのままです。"),
    (FIRST_JA, "総時間を間違えました。正しくは24時間です。"),
    (FIRST_EN, "Sorry, I got the total wrong. It's 24. Practical is still 12."),
    (FIRST_EN, "the total was a typo: 24 hours, practical unchanged."),
])
def test_a_correction_naming_the_total_corrects_the_total(bot, first: str, correction: str) -> None:
    (call,) = calculators(converse(bot, first, correction))
    assert call.name == "reskills_course_check"
    assert call.args["total_hours"] == 24 and call.args["practical_hours"] == 12


@pytest.mark.parametrize("text,slot,value", [
    ("すみません、演習の時間が違いました。14時間です。総時間は24時間のまま。", "practical_hours", 14),
    ("すみません、年齢を間違えました。41です。", "age", 41),
    ("my age was wrong, it is 41", "age", 41),
])
def test_the_named_figure_takes_the_number_left(text: str, slot: str, value: int) -> None:
    parsed = U.parse(text)
    assert parsed.slots.get(slot) == value and parsed.correction
