"""A follow-up asking for the month before or after the one the previous question named (fresh batch 05f:
en5f-30), EN and JA.

The class: "and the month before?", "what about the month after?", その前の月は？, 翌月は？ after a question naming a
month of a year ("What was WAASA doing in November 2019?") searches the previous question again for the moved month
and quotes that month's entries, never the named month's again.
"""

from __future__ import annotations

import pytest

from bot.text.dates import moved_months
from bot.answers.types import AnswerTypes
from support import converse

FIRST = {"en": "What was WAASA doing in November 2019?", "ja": "WAASAは2019年11月に何をしていましたか？"}
BEFORE = [("en", "and the month before?"), ("en", "and the previous month?"),
          ("en", "what did they do the month before that?"), ("ja", "その前の月は？"), ("ja", "前の月はどうですか？")]
AFTER = [("en", "what about the month after?"), ("en", "and the following month?"), ("ja", "翌月は？"),
         ("ja", "その次の月は？")]


@pytest.mark.parametrize("lang,text", BEFORE)
def test_the_month_before_quotes_that_months_entries(bot, lang, text) -> None:
    reply = converse(bot, FIRST[lang], text)
    assert "Bureau of Industry and Labor" in reply.answer
    assert "2019 Nov" not in reply.answer


@pytest.mark.parametrize("lang,text", AFTER)
def test_the_month_after_quotes_that_months_entries(bot, lang, text) -> None:
    reply = converse(bot, FIRST[lang], text)
    assert "2019 Dec" in reply.answer
    assert "2019 Nov" not in reply.answer


def test_months_move_across_a_year_and_keep_their_form() -> None:
    assert moved_months("What was WAASA doing in November 2019?", -1) == "What was WAASA doing in October 2019?"
    assert moved_months("what happened in Dec. 2019", 1) == "what happened in Jan 2020"
    assert moved_months("2020 Jan entries", -1) == "2019 Dec entries"
    assert moved_months("WAASAは2019年12月に何を", 1) == "WAASAは2020年1月に何を"
    assert moved_months("no month here", -1) == "no month here"


@pytest.mark.parametrize("text,shift", [
    ("and the month before?", -1), ("the previous month?", -1), ("その前の月は？", -1), ("ひと月前は？", -1),
    ("and a month later?", 1), ("翌月は？", 1), ("I will arrive next month, can I apply?", 0),
    ("how many months is the internship?", 0),
])
def test_the_catalog_reads_the_way_a_follow_up_moves(text, shift) -> None:
    assert AnswerTypes.load().period_shift(text) == shift
