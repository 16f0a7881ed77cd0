"""Class: a single ask after sentences that ask nothing (who the user is, what they plan) is also searched as the ask
alone, in the program the background names, so the unit that answers it is found though the whole message's words
rank it low (「市の産業振興課の者です。…制度を紹介したいと考えております。最初の認定では、どのような分野の講座が対象に…」)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("text", [
    "市の産業振興課の者です。地元のIT企業向けに、経産省の「第四次産業革命スキル習得講座」（Re-Skills）の制度を紹介したいと考えて"
    "おります。最初の認定では、どのような分野の講座が対象になっていたのでしょうか。",
    "I work for a city's industry promotion office. We plan to introduce METI's Re-Skills course certification to local "
    "IT companies. Which fields were covered in the first certification?",
])
def test_the_lone_ask_gets_its_own_unit(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer
    assert "IoT" in reply.answer and ("security" in reply.answer or "セキュリティ" in reply.answer), reply.answer
    searches = [c for c in reply.tool_calls if c.name == "search_knowledge"]
    assert len(searches) >= 1


def test_the_lone_ask_is_searched_in_the_program_named(bot) -> None:
    reply = converse(bot, "市の産業振興課の者です。地元のIT企業向けに、経産省の「第四次産業革命スキル習得講座」（Re-Skills）の制度を"
                          "紹介したいと考えております。最初の認定では、どのような分野の講座が対象になっていたのでしょうか。")
    searches = [c for c in reply.tool_calls if c.name == "search_knowledge"]
    assert any(c.args.get("program") == "reskills" and "最初の認定" in c.args["query"]
               and "産業振興課" not in c.args["query"] for c in searches), searches
