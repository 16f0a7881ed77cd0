"""Hours added to a part of a training plan in a follow-up, said without a verb of adding ("wait i forgot 300 more
hours of cleaning and packing, thats peripheral too", "another 200 hours of related work", 「周辺作業があと300時間ありまし
た」): the part given before grows by them (400 + 300 = 700; it was read as 300, the total stated being 2300), and a new
total stated beside them that is the parts' sum is said to agree (note ``reading.hours_total_agrees``,
bot/agent/slot_reading.py `increments`). The remaining hours of a plan (「あと300時間は周辺作業です」) are no addition."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize(("text", "slot", "hours"), [
    ("wait i forgot 300 more hours of cleaning and packing, thats peripheral too. so total is 2300. still ok?",
     "peripheral_hours", 300),
    ("oh and another 200 hours of related work. still fine?", "related_hours", 200),
    ("we forgot an extra 150 hours of machine maintenance, which is related. is it still ok?", "related_hours", 150),
    ("plus 100 more hours of cleaning. still ok?", "peripheral_hours", 100),
    ("sorry, 120 extra hours of required work too. ok?", "required_hours", 120),
    ("周辺作業があと300時間ありました。合計2300時間です。大丈夫ですか？", "peripheral_hours", 300),
    ("すみません、あと300時間、清掃と梱包がありました。これも周辺です。合計は2300時間です。まだ大丈夫ですか？", "peripheral_hours", 300),
    ("関連業務がさらに200時間必要でした。問題ないですか？", "related_hours", 200),
], ids=["en-case", "en-another", "en-an-extra-which-is", "en-cleaning-word", "en-extra-required", "ja-ato-arimashita",
        "ja-kore-mo", "ja-sarani-hitsuyou"])
def test_more_hours_of_a_part_are_an_increment_of_it(text: str, slot: str, hours: int) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert parsed.increments == {slot: hours}
    assert slot not in parsed.slots


@pytest.mark.parametrize("text", ["あと300時間は周辺作業です。", "the remaining 300 hours are peripheral."])
def test_the_rest_of_a_plan_is_no_increment(text: str) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert not parsed.increments


@pytest.mark.parametrize(("turns", "line"), [
    (("training plan 2000 hours: 1100 essential work, 500 related, 400 peripheral. ok?",
      "wait i forgot 300 more hours of cleaning and packing, thats peripheral too. so total is 2300. still ok?"),
     "the new total you gave, 2,300 hours, is the sum of the parts (1,100 + 500 + 700)"),
    (("実習計画は全2000時間で、必須業務1100時間、関連業務500時間、周辺業務400時間です。問題ないですか？",
      "すみません、周辺作業があと300時間ありました。合計2300時間です。大丈夫ですか？"),
     "新しい合計2,300時間は内訳の合計（1,100＋500＋700）と一致します"),
], ids=["en", "ja"])
def test_the_part_grows_and_the_new_total_is_said_to_agree(bot, turns: tuple[str, str], line: str) -> None:
    from support import converse

    reply = converse(bot, *turns)
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert call.args == {"required_hours": 1100, "related_hours": 500, "peripheral_hours": 700}
    assert line in reply.answer


def test_a_new_total_that_is_not_the_sum_is_no_agreement(bot) -> None:
    from support import converse

    reply = converse(bot, "training plan 2000 hours: 1100 essential work, 500 related, 400 peripheral. ok?",
                     "oh and another 200 hours of related work, so total is 2300. still fine?")
    call = next(c for c in reply.tool_calls if c.name == "training_time_split")
    assert call.args["related_hours"] == 700
    assert "is the sum of the parts" not in reply.answer
