"""A correction that names the part it changes ("関連作業は500時間じゃなくて900時間でした", "related was not 500 but 900",
"related is 900, not 500"): the named part gets the new value; the old value is never the value of another part."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import last_calculator_call

JA_FIRST = "溶接の技能実習計画を作っています。必須作業1200時間、関連作業500時間、周辺作業300時間で考えてますが、この配分で大丈夫ですか？"
EN_FIRST = "Our welding training plan: required 1200 hours, related 500 hours, peripheral 300 hours. Is that split ok?"


@pytest.mark.parametrize("first,correction", [
    (JA_FIRST, "すみません、関連作業は500時間じゃなくて900時間でした。ほかは同じです。これでも基準は満たしますか？"),
    (JA_FIRST, "訂正です。関連作業は500時間ではなく900時間です。"),
    (JA_FIRST, "関連作業は500じゃなくて900時間でした"),
    (EN_FIRST, "sorry, the related work was not 500 but 900 hours. the rest is the same. does it still pass?"),
    (EN_FIRST, "sorry, related is 900 hours, not 500. does it still pass?"),
])
def test_the_named_part_takes_the_new_value(bot, first: str, correction: str) -> None:
    call = last_calculator_call(bot, [first, correction])
    assert call.name == "training_time_split"
    assert (call.args["required_hours"], call.args["related_hours"], call.args["peripheral_hours"]) == (1200, 900, 300)
