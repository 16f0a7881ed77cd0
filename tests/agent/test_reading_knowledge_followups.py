"""A follow-up asking what no calculator computes, while a calculator waits for its values (fresh batch e:
jaf6-mt-jip-funds-online, jaf6-nursing-fte-scope), EN and JA.

The class: the currency a support fund is paid in ("do I get it in yen?", "日本円でもらえますか", "にほんえんで") and
how a count is defined ("常勤職員の範囲はどのように定められて") are knowledge questions: with no quantity in the message
they are searched and answered, never a calculator asking for its missing values.
"""

from __future__ import annotations

import pytest

from support import converse

FIRST = {"en": "How much are the JIP support funds?", "ja": "JIPの支援金はいくらですか？"}
FOLLOW = [
    ("en", "and for online? do i get it in yen?"), ("en", "Is it paid in local currency?"),
    ("en", "online ones: which currency?"), ("ja", "オンラインの場合は日本円でもらえますか？"),
    ("ja", "オンラインの ばあい は？ にほんえん で もらえますか？"), ("ja", "オンラインだと円で支給されますか？"),
]


@pytest.mark.parametrize("lang,text", FOLLOW)
def test_a_currency_question_after_a_funds_question_is_answered(bot, lang, text) -> None:
    reply = converse(bot, FIRST[lang], text)
    assert not [c for c in reply.tool_calls if c.name == "jip_support_funds"]
    assert "local currency" in reply.answer


@pytest.mark.parametrize("text", [
    "介護職種の技能実習について、人数枠算定の基礎となる常勤職員の範囲はどのように定められておりますでしょうか。",
    "介護の実習生の人数枠で、常勤職員はどのように数えますか？",
])
def test_how_a_count_is_defined_is_a_knowledge_question(bot, text) -> None:
    reply = converse(bot, text)
    assert not [c for c in reply.tool_calls if c.name == "trainee_quota"]
    assert "main job is nursing care" in reply.answer
