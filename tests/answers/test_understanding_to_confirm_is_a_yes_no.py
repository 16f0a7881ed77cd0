"""A statement the user asks to be confirmed (「…の対象講座にもなる、という理解で合っていますか？」, 「…という認識で正しい
でしょうか」) is a yes/no question whatever it states: 「経産省のRe-Skills講座に認定されれば、そのまま自動的に厚労省の教育訓練給付
（専門実践教育訓練）の対象講座にもなる、という理解で合っていますか？」 was read as no yes/no (its verb, 対象講座にもなる, is in no
yes/no pattern), so the answer quoted the MHLW plan without "not automatically: a separate application with MHLW"."""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits
from support import converse

LIMITS = Limits.load()


@pytest.mark.parametrize("question", [
    "自動的に教育訓練給付の対象講座にもなる、という理解で合っていますか？",
    "認定されたら自動で給付の対象講座扱いになる、という認識で正しいでしょうか。",
    "Re-Skills認定＝教育訓練給付の指定、との理解でよろしいでしょうか？",
])
def test_a_statement_to_confirm_asks_yes_or_no(question: str) -> None:
    assert LIMITS.asks_yes_no(question)


def test_the_separate_application_answers_it(bot) -> None:
    reply = converse(bot, "経産省のRe-Skills講座に認定されれば、そのまま自動的に厚労省の教育訓練給付（専門実践教育訓練）の対象講座にも"
                          "なる、という理解で合っていますか？")
    assert "別途" in reply.answer
