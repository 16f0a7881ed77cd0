"""Class: two asks of a knowledge message joined in one Japanese sentence under one request (「受付期間と、対象分野を
教えてください」, pack act ``knowledge_joined_ask``) are each searched and each quoted; a conditional と (「話せないと、
応募できない」) joins nothing."""

from __future__ import annotations

import pytest

from bot.agent.knowledge_plan import joined_asks
from bot.agent.steps import Turn
from support import converse
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Re-Skills講座の最初の受付期間と、対象分野を教えてください。",
    "第四次産業革命スキル習得講座の最初の受付期間と、どの分野の講座が対象なのかを知りたいです。",
])
def test_the_window_and_the_fields_are_both_quoted(bot, question: str) -> None:
    answered(bot, question, r"(?:September 15|9月15日)", r"AI")
    reply = converse(bot, question)
    assert len([c for c in reply.tool_calls if c.name == "search_knowledge"]) == 3, reply.tool_calls


@pytest.mark.parametrize(("question", "pieces"), [
    ("Re-Skills講座の最初の受付期間と、対象分野を教えてください。", 2),
    ("JIPの年齢制限と、日本に住んでいても応募できるのかを教えてください。", 2),
    ("日本語が話せないと、応募できないのかを教えてください。", 0),
    ("受付期間と対象分野を教えてください。", 0),
    ("Tell me the first Re-Skills application period and which fields were covered.", 0),
])
def test_which_sentences_join_two_asks(bot, question: str, pieces: int) -> None:
    turn = Turn(understander=bot.understander, selector=bot.selector)
    assert len(joined_asks(question, bot.understander.parse(question), turn)) == pieces
