"""Class: a period asked as the days it ran from and to (「受付期間は何日から何日まででしたか」) asks dates, not a number of days:
the period is quoted (2017年9月15日〜2017年10月28日), never refused as a duration the documents do not state. A period
asked as how many days (「標準処理期間は何日ですか」) still asks a duration."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "Reスキル講座の最初の認定申請の受付期間は何日から何日まででしたか？",
    "Re-Skillsの申請の受付期間って何日から何日まで？",
])
def test_from_and_to_days_ask_the_dates(bot, types: AnswerTypes, question: str) -> None:
    assert "duration" not in types.classify(question).types
    reply = converse(bot, question)
    assert not reply.refused and "2017年9月15日" in reply.answer and "10月28日" in reply.answer, reply.answer


def test_how_many_days_still_asks_a_duration(types: AnswerTypes) -> None:
    assert "duration" in types.classify("標準処理期間は何日ですか？").types
