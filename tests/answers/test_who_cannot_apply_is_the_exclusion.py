"""Who cannot apply ("which countries cannot apply to JIP?", "who cannot apply?") asks whom the documents exclude: the
sentence naming the excluded nationality (OECD/DAC countries, excluding the People's Republic of China) is quoted."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "Which countries cannot apply to JIP?",
    "Who cannot apply for the JIP?",
    "Who can't apply to JIP?",
    "Which nationalities are excluded from the Japan Internship Program?",
    "JIPの対象国を教えてください",
])
def test_the_excluded_nationality_is_quoted(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused and "China" in reply.answer, reply.answer


@pytest.mark.parametrize("question, named", [
    ("JIPに中国籍の学生は応募できますか？知りたいのはそれだけです。", "中国"),
    ("うちの会社でJIPのオンラインインターンを受け入れるかもしれません。期間は４０日の予定です。活動支援金はいくらですか？"
     "それと、中国籍の学生は応募できますか？", "中華人民共和国（中国）"),
])
def test_the_excluded_country_is_named_in_the_users_word(bot, question: str, named: str) -> None:
    """The document's name of an excluded country is given with the user's own spelling (中華人民共和国（中国）)."""
    reply = converse(bot, question)
    assert named in reply.answer, reply.answer
