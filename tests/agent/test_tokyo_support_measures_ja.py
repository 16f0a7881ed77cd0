"""Class: a support named loosely with its measure (支援策のようなもの, 支援制度みたいなもの) asks for every support the
documents name: Tokyo's answer quotes TOKYO WorkNet and the Pasona-backed SME project together, in Japanese as in
English."""

from __future__ import annotations

import re

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "東京都で中小企業向けの支援策のようなものはありますでしょうか。",
    "東京都には中小企業向けの支援制度みたいなものはありますか？",
    "Does Tokyo have any support measures for SMEs?",
])
def test_a_loosely_named_support_measure_asks_the_list(question: str) -> None:
    assert "list" in AnswerTypes.load().classify(question).types, question


@pytest.mark.parametrize("question", [
    "東京都内で小さな会社をやっております。外国人材の採用を初めて考えているのですが、ノウハウがまったくなく…。"
    "東京都で中小企業向けの支援策のようなものはありますでしょうか。",
    "東京都には中小企業向けの支援制度みたいなものはありますか？",
    "Does Tokyo have any support for small companies hiring foreigners for the first time?",
])
def test_tokyo_worknet_and_pasona_are_quoted_together(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused, reply.answer
    assert re.search(r"(?i)worknet", reply.answer), reply.answer
    assert re.search(r"(?i)pasona|パソナ", reply.answer), reply.answer
