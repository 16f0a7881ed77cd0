"""Class: the last day to apply asked as a day (何月何日まで応募できますか, 何日までに申し込めば, 'until what date can
I apply', 'by which day must we submit') is a deadline: one the documents do not state for the program (JIP) is
refused with the closest text, not answered with another date (the age reference date)."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "何月何日まで応募できますか？",
    "何日までに申し込めばいいですか？",
    "Until what date can I apply?",
    "by which day do we have to submit the application?",
])
def test_the_last_day_to_apply_is_the_deadline_kind(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "date" in ask.hard and "deadline" in ask.kinds.get("date", ()), ask


@pytest.mark.parametrize("question", [
    "JIPの2024年度の募集の締め切り日を教えてください。何月何日まで応募できますか？",
    "JIPには何日までに申し込めばいいですか？",
    "Until what date can I apply to JIP 2024?",
])
def test_an_unstated_last_day_is_refused_with_the_closest_text(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert reply.refused, reply.answer
    assert "2024年8月1日" not in reply.answer.split("\n")[0] and "August 1" not in reply.answer.split("\n")[0]
    assert "[1]" in reply.answer
