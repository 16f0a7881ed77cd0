"""Class: a later ask that refers to the program the message names by a generic word (「また、…本プログラムに参加したことの
ある方を…」, "Also, can someone who joined this program in 2019 take part again?") is searched with that program's words
and in that program."""

from __future__ import annotations

import pytest

from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("question", [
    "JIPの対面型インターンシップの受入れ先になることは可能でしょうか。また、過去に本プログラムに参加したことのある方を再度受け入れる"
    "ことはできますか。",
    "JIPの受入企業の条件は何ですか？また、この制度の過去の参加者を再度受け入れることはできますか？",
])
def test_the_later_ask_is_searched_in_the_program(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    later = calls_named(reply, "search_knowledge")[-1].args
    assert later.get("program") == "jip", later
    assert "Japan Internship Program" in later["query"], later


@pytest.mark.parametrize("lang, text, refers", [
    ("ja", "本プログラムに参加したことのある方", True),
    ("ja", "この制度はいつからありますか", True),
    ("ja", "JIPに参加したことのある方", False),
])
def test_the_generic_word_is_read_from_the_pack(lang: str, text: str, refers: bool) -> None:
    from tests.knowledge import repo_understander

    assert repo_understander().pack(lang).act("program_reference", text) == refers
