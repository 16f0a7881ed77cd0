"""Class: asking what one thing is like (オンライン型のインターンとはどのような形式なのか, どんな感じ, どういう仕組み) asks
for the sentence about that thing, not for a list: no list type; asking which kinds or what contents (どのような分野,
どんな支援, どのような内容) is still a list ask. The answer of such an ask in a message quotes the sentence about the
thing (online internships are conducted remotely), not a list that names it in passing."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", [
    "オンライン型のインターンとは具体的にどのような形式なのかもご教示ください。",
    "オンラインのインターンってどんな感じですか？",
    "対面型はどのような形で行われるのでしょうか",
    "オンラインインターンはどんなものですか",
])
def test_the_form_of_one_thing_is_no_list_ask(question: str) -> None:
    assert "list" not in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", [
    "最初の認定では、どのような分野の講座が対象になっていたのでしょうか。",
    "東京都は外国人の雇用でどんな支援をしていますか",
    "どのような内容の研修ですか",
])
def test_kinds_and_contents_are_still_list_asks(question: str) -> None:
    assert "list" in AnswerTypes.load().classify(question).types


def test_the_form_asked_beside_a_host_ask_quotes_the_sentence_about_it(bot) -> None:
    reply = bot.reply(bot.new_conversation(),
                      "当方は地方の一般社団法人（いわゆる業界団体）です。JIPのインターンを当団体で直接受け入れることは可能"
                      "でしょうか。また、オンライン型のインターンとは具体的にどのような形式なのかもご教示ください。")
    assert "Online internships will be conducted remotely" in reply.answer, reply.answer
    assert "excluding industry associations" in reply.answer, reply.answer
