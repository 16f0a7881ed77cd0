"""Class: the second and later asks of a message are answered (Japanese and English).

- a later part that names no program asks about the one the message names (最長何年？それと、職種と作業の数も: the
  occupations of technical intern training, not the fields of Specific Skills);
- one sentence that asks for two values no one unit states together (施行日と、対象分野がいくつ: a date and a count)
  quotes the unit that states each instead of refusing.
"""

from __future__ import annotations

import pytest


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question", [
    "うちの社長から聞かれたのですが、技能実習生は最長で何年まで受け入れられるんでしょうか。それと、対象になっている職種と作業の数もわかれば教えてください。",
    "技能実習は最長何年ですか？あと、対象の職種と作業はいくつありますか？",
    "How long can technical intern trainees stay at most? And how many occupations and tasks are covered?",
])
def test_a_later_part_asks_about_the_program_the_message_names(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    assert "5" in reply.answer
    assert "85" in reply.answer and "156" in reply.answer


@pytest.mark.parametrize("question", [
    "市の国際交流課の者です。市民向け講座の資料を作っていまして、在留資格「特定技能」ができた改正入管法の施行日と、特定技能1号の対象分野がいくつだったか（制度開始時点）を確認させてください。",
    "改正入管法の施行日と、特定技能1号の対象分野の数を教えてください。",
    "When did the revised Immigration Control Act for Specific Skills take effect, and how many fields did Specific "
    "Skill No. 1 cover at the start?",
])
def test_two_values_asked_in_one_sentence_are_both_quoted(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused
    assert "2019" in reply.answer
    assert "14" in reply.answer
