"""Class: a request to write a text for the user (a speech, a greeting, a letter, an email, a toast, 挨拶文, 文章を作って,
"write me a ...") is off topic and refused, even when it names the programs' people or words (実習生, trainees, JIP); an
ask joined after it or beside it is still answered, and a question about a document the program asks for ("does my
professor have to write the recommendation letter?", 「推薦状は誰に書いてもらえばいいですか」) is no writing request."""

from __future__ import annotations

import pytest
from support import converse

WRITING = [
    "来週の忘年会で社長挨拶をするんですが、実習生も参加するので、やさしい日本語で２分くらいの挨拶文を作ってもらえませんか？",
    "実習生の歓迎会で使うスピーチ原稿を書いてください。",
    "技能実習生に送るお礼のメールの文面を考えてくれない？",
    "Could you write a short welcome speech for our new technical intern trainees?",
    "Please draft an email to our JIP intern about his first day.",
    "write me a toast for the year-end party, our trainees will be there",
]


@pytest.mark.parametrize("text", WRITING)
def test_a_writing_request_is_refused(bot, text: str) -> None:
    reply = converse(bot, text)
    assert reply.refused, reply.answer
    assert not [c for c in reply.tool_calls if c.name != "search_knowledge"]
    assert any(w in reply.answer for w in ("don't write", "お作りできません")), reply.answer


@pytest.mark.parametrize("text", [
    "pls write my motivation letter for JIP (i am civil engineer from nepal, 26) and also tell me what japanese level i need to apply",
    "挨拶文を作ってください。あと、技能実習の期間は最長何年ですか？",
    "For the Japan Internship Program, does my professor have to write the recommendation letter?",
    "JIPの推薦状は大学の先生に書いてもらう必要がありますか？",
])
def test_an_ask_beside_or_about_a_letter_is_answered(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused, reply.answer


@pytest.mark.parametrize("message", [
    "今年の忘年会の幹事になってしまいました。社員４０人くらい（実習生も参加）で盛り上がるゲームを５つ考えてもらえますか？",
    "Can you come up with 5 party games for our year-end party? Our trainees will join.",
])
def test_a_request_to_make_up_games_is_refused(bot, message: str) -> None:
    """Making up games or entertainment for an event the trainees attend is off topic, like writing a speech."""
    reply = converse(bot, message)
    assert reply.refused and not reply.tool_calls, reply.answer
