"""A kind of work told in several words before its role in brackets (en6t: "each 8h day: 3.5h harvesting (required work),
2h sorting and packing (related), 2.5h cleaning (peripheral)" asked for the related hours): the role's word is the last
of the words ("packing"), the hours are written at the first ("2h sorting"); with no other figure or clause between them
the hours are that part's. JA: the hours written before the role in brackets (「収穫3.5時間（必須業務）」) are that part's."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
PARTS = ("required_hours", "related_hours", "peripheral_hours")


@pytest.mark.parametrize("text,expected", [
    ("each 8h day: 3.5h harvesting (required work), 2h sorting and packing (related), 2.5h cleaning (peripheral). is "
     "that ok??", (3.5, 2, 2.5)),
    ("each 8h day: 3.5h harvesting (required work), 2h packing (related), 2.5h cleaning the greenhouses and moving stuff "
     "(peripheral). is that ok??", (3.5, 2, 2.5)),
    ("Daily: 4 hours cutting and sewing (required), 2 hours ironing and folding (related), 2 hours tidying the workshop "
     "(peripheral). Is this allowed?", (4, 2, 2)),
    ("5h welding steel frames (required), 2h checking and packing (related), 1h cleaning (peripheral). ok?", (5, 2, 1)),
    ("1日8時間：収穫3.5時間（必須業務）、選別と箱詰め2時間（関連業務）、清掃2.5時間（周辺業務）。大丈夫？", (3.5, 2, 2.5)),
    ("1日8時間：収穫作業 3.5時間（必須）、選別・梱包 2時間（関連）、清掃 2.5時間（周辺）。問題ない？", (3.5, 2, 2.5)),
    ("収穫3.5時間（必須業務）選別2時間（関連業務）清掃2.5時間（周辺業務）で大丈夫？", (3.5, 2, 2.5)),
    ("収穫（必須業務）3.5時間、選別・箱詰め（関連業務）2時間、ハウスの清掃と片付け（周辺業務）2.5時間です。大丈夫ですか？", (3.5, 2, 2.5)),
])
def test_the_hours_at_the_first_word_are_the_parts(text: str, expected: tuple) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert tuple(parsed.slots.get(k) for k in PARTS) == expected
    assert "training_time_split" in parsed.intents


def test_the_part_is_named_by_its_first_word() -> None:
    parsed = UNDERSTANDER.parse("Daily: 4 hours cutting and sewing (required), 2 hours ironing and folding (related), "
                                "2 hours tidying the workshop (peripheral). Is this allowed?")
    assert parsed.part_names == {"cutting": "required_hours", "ironing": "related_hours", "tidying": "peripheral_hours",
                                 # (the whole phrase names the part too, for hours moved between parts by its words)
                                 "cutting and sewing": "required_hours", "ironing and folding": "related_hours",
                                 "tidying the workshop": "peripheral_hours"}
