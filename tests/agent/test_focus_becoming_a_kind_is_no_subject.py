"""Class: whether one can become a kind of party (「受け入れ企業になれますか」「受入れ先になれるのでしょうか」「ホスト企業に
なれますか」) asks whether one is that kind: the verb of becoming is no subject the documents must mention, so the reply
answers from the host companies' sentence (industry associations and non-profit organisations excluded), never
refuses on 「なれますか」."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "JIPの対面インターンの受け入れ先についてです。当方は一般社団法人の業界団体なのですが、受け入れ企業になれますか？"
    "なれない団体の種類もあわせて教えてください。",
    "当方はNPO法人ですが、JIPの受入れ先になれるのでしょうか？",
    "一般社団法人はJIPのホスト企業になれますか？",
])
def test_becoming_a_host_is_answered(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused and "industry associations" in reply.answer, reply.answer
    assert "なれますか" not in reply.answer.split("\n")[0]
