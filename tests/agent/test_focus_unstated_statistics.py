"""Class: a statistic of a subject the documents do not state (an acceptance rate, how many % get picked, how many
courses are certified now, 採択率, 何件認定) or its instances (which schools offer the courses, どの企業が受け入れ)
is refused: the reply says the documents do not state it and quotes what they do say on the topic, never a
requirement as if it were the figure."""

from __future__ import annotations

import re

import pytest

UNSTATED = re.compile(r"do not state|do not say|not state|記載はありません|記載がありません|書かれていません")


@pytest.mark.parametrize("question", [
    "whats the acceptance rate of the japan internship program? how many % of applicants get picked?",
    "What is the success rate of JIP applications?",
    "how many re-skills courses are certified right now and which schools offer them? please list",
    "Which companies hosted JIP interns last year?",
    "JIPの採択率はどのくらいですか？",
    "認定されている講座は何件ありますか？リスキルの件です",
    "JIPのインターン生はどの企業が受け入れていますか？",
])
def test_an_unstated_statistic_is_refused_with_the_closest_text(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert reply.refused, reply.answer
    assert UNSTATED.search(reply.answer), reply.answer
    assert "[1]" in reply.answer, reply.answer  # what the documents do say on the topic is quoted
    assert not re.search(r"(?i)acceptance rate (?:is|was) (?:about |around )?\d", reply.answer)
