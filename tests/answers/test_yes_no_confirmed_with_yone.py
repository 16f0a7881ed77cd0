"""A statement asked to be confirmed with よね (「…自動的になるんですよね？」「対象になりますよね」) is a yes/no of what it
states: "automatically" is then answered by the limit that says it is not (ja7p-16 quoted the MHLW sentence with no
lead and without the separate application)."""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits
from support import converse

LIMITS = Limits.load()


@pytest.mark.parametrize("question", [
    "Re-Skills講座に認定されれば、厚労省の教育訓練給付の対象講座にも自動的になるんですよね？",
    "認定されたら自動的に給付の対象になりますよね？",
    "認定講座なら受講生は給付金をもらえるんですよね？",
])
def test_a_statement_confirmed_with_yone_is_a_yes_no(question: str) -> None:
    assert LIMITS.asks_yes_no(question)


def test_automatic_confirmed_with_yone_gets_not_automatically(bot) -> None:
    reply = converse(bot, "Re-Skills講座に認定されれば、厚労省の教育訓練給付の対象講座にも自動的になるんですよね？")
    first = reply.answer.split("\n")[0]
    assert "自動的にはなりません" in first and "別途" in first, first
