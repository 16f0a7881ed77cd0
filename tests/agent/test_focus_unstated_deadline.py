"""Class: a deadline (closing date) the documents do not state is refused in Japanese as in English, whatever the
spelling of the ask (締切, 締め切り, 〆切, しめきり, 期限, いつまで, 間に合いますか, deadline), and the reply quotes
what the documents do say on the topic; a deadline they state (the Re-Skills acceptance period) is still given."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "JIPの２０２４年度の応募しめきりは何月何日ですか？いまから申しこんでもまにあいますか？",
    "JIPの応募の締め切りはいつですか？",
    "JIPの応募〆切を教えてください。",
    "JIPは今から申し込んでも間に合いますか？",
    "What is the application deadline for JIP 2024?",
])
def test_an_unstated_deadline_is_refused_with_the_closest_passage(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert reply.refused, reply.answer
    assert "2024年8月1日" not in reply.answer.split("\n")[0]
    assert "[1]" in reply.answer  # the closest thing the documents say is quoted


@pytest.mark.parametrize("question", ["Re-Skills講座の申請のしめきりはいつでしたか？",
                                      "When was the deadline for Re-Skills applications?"])
def test_a_stated_deadline_is_given_in_either_spelling(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"October 28, 2017|2017年10月28日", reply.answer), reply.answer


@pytest.mark.parametrize("question", ["応募しめきりは？", "応募〆切は？", "締め切りは？", "いまからでもまにあう？"])
def test_each_spelling_asks_the_deadline_kind(question: str) -> None:
    ask = AnswerTypes.load().classify(question)
    assert "date" in ask.hard and "deadline" in ask.kinds.get("date", ()), ask
