"""Class: how many occupations technical intern training covers, asked with a time word or an approximation
(今いくつぐらいあるんですか, 現在いくつありますか, how many trades now), quotes the occupations unit ("156 tasks in 85
occupations, including food ..."), not the work split; with the user's trade (食品製造) beside it."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "技能実習の対象職種って、今いくつぐらいあるんですか？",
    "技能実習の職種は現在いくつありますか？",
    "技能実習の対象職種はいまいくつくらいありますか？",
    "How many trades does technical intern training cover now?",
])
def test_the_count_of_occupations_is_asked(question: str) -> None:
    assert "count" in AnswerTypes.load().classify(question).kinds.get("number", ()), question


@pytest.mark.parametrize("question", [
    "技能実習の対象職種って、今いくつぐらいあるんですか？うちは食品製造の会社ですが、対象になるか知りたいです。",
    "技能実習の職種は現在いくつありますか？",
    "How many trades does technical intern training cover now? We are a food manufacturing company.",
])
def test_the_occupations_unit_answers(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"85 occupations|85職種", reply.answer), reply.answer
    assert re.search(r"\bfood\b|食品", reply.answer), reply.answer
