"""Thanks before a real question (ありがとうございます。ちなみに…, "thanks! and how many ...?"): the question is handled and
searched; thanks alone is small talk."""

from __future__ import annotations

import pytest

from bot.agent.understand import commands_of
from support import converse
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "ありがとうございます。ちなみに対象の職種・作業は全部でいくつあるのでしょうか？",
    "ありがとう！では、技能実習の期間は最長何年ですか？",
    "なるほど、では期間は何年ですか？",
    "thanks! and how many occupations are covered in total?",
    "Thank you. How long can a trainee stay?",
])
def test_thanks_with_a_question_is_the_question(text: str) -> None:
    parsed = U.parse(text)
    assert not (parsed.thanks and parsed.small_talk_only)
    assert not any(c.kind == "small_talk" for c in commands_of(parsed))


@pytest.mark.parametrize("text", ["ありがとうございました。", "ありがとう！", "thanks", "thank you so much!"])
def test_thanks_alone_is_small_talk(text: str) -> None:
    assert [c.kind for c in commands_of(U.parse(text))] == ["small_talk"]


def test_the_question_after_thanks_is_searched(bot) -> None:
    reply = converse(bot, "技能実習制度の受入れを検討しているのですが、食品関係の仕事も対象になりますでしょうか。",
                     "ありがとうございます。ちなみに対象の職種・作業は全部でいくつあるのでしょうか？")
    assert [c.name for c in reply.tool_calls] == ["search_knowledge"]
    assert "どういたしまして" not in reply.answer
