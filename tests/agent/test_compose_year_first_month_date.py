"""A date written year first with a month name ("2019 July: ...") is a date that answers a when question; 何年何月 asks
for a date, not a duration."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from support import converse


@pytest.mark.parametrize("question", [
    "WAASAが法務省主催の特定技能に関する説明会に出席したのは何年何月ですか。",
    "WAASAが法務省の特定技能説明会に出たのは何年の何月？",
    "In what year and month did WAASA attend the Ministry of Justice briefing on Specific Skills?",
    "When did WAASA attend the Ministry of Justice briefing session?",
])
def test_a_year_first_month_date_answers_a_when_question(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "2019 July" in reply.answer
    if "何" in question:
        assert reply.answer.startswith("資料によると、時期は2019年7月"), reply.answer


@pytest.mark.parametrize("question", ["何年何月に始まりましたか", "それは何年の何月ですか"])
def test_year_and_month_asks_for_a_date_not_a_duration(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "date" in ask.types and "duration" not in ask.types
