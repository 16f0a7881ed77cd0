"""Class: words that carry no subject are never a subject the documents leave out. The verbs of existing or being
available ("since when does it exist?", "is it still in place?", 存在しますか) ask whether or since when the subject
is there; the programs' own activity in Japanese (実習 of 技能実習, 研修, 受入れ) is the documents' "training" and
"acceptance". A question with them is answered from what the documents say, never refused as "the documents don't
mention exist" / 「実習」についての記載はありません."""

from __future__ import annotations

import pytest


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question", [
    "I run a small metal workshop in Saitama. What is the technical intern training system actually for, and since when does it exist?",
    "Since when does the technical intern training system exist?",
    "How long has the technical intern training system existed?",
    "Is the technical intern training system still in place? Since when?",
])
def test_the_verbs_of_existing_carry_no_subject(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused, reply.answer
    assert "mention exist" not in reply.answer and "mention place" not in reply.answer
    assert "1993" in reply.answer or "5 years" in reply.answer


@pytest.mark.parametrize("question", [
    "建設会社を経営しています。技能実習生って最長で何年まで日本で実習できるんでしょうか？",
    "技能実習生は日本で最長何年実習できますか？",
    "技能実習生は日本で何年まで実習できますか？",
    "技能実習生は最長で何年まで受け入れられますか？",
    "実習生は最長で何年実習できますか",
])
def test_the_programs_own_words_in_japanese_are_no_unmentioned_subject(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused, reply.answer
    assert "記載はありません" not in reply.answer
    assert "5" in reply.answer or "５" in reply.answer


@pytest.mark.parametrize("question", [
    "技能実習制度はいつから存在しますか？",
    "技能実習制度はいつからありますか？",
])
def test_the_japanese_verbs_of_existing_carry_no_subject(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert not reply.refused, reply.answer
    assert "存在" not in reply.answer.split("\n")[0]
    assert "1993" in reply.answer


@pytest.mark.parametrize("question", [
    "JIPの研修は何日間ありますか？",
    "技能実習生を受入れできる期間は最長何年ですか？",
    "JIPのインターン生の受け入れ企業は何社ですか？",
])
def test_the_programs_own_words_are_never_named_as_unmentioned(bot, question: str) -> None:
    reply = _ask(bot, question)
    for word in ("「研修」", "「受入れ」", "「受け入れ」", "「実習」"):
        assert word not in reply.answer, reply.answer
