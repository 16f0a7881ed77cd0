"""Class: each ask of a knowledge message is searched and answered on its own: a question written without a question
mark (「あと、JICAのベトナム・ホーチミン事務所を訪れたのはいつでしょう。」), and an ask about another subject than the program
a later sentence names (「東京の中小企業で外国人材の受け入れを支援している仕組みは…？あと技能実習制度ができたのは何年で…」: Tokyo's
scheme is not searched in the Technical Intern Training passages only)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("question", [
    "WAASAの活動記録について確認です。東京都産業労働局を訪問したのは何年何月ですか？あと、JICAのベトナム・ホーチミン事務所を訪れた"
    "のはいつでしょう。",
    "WAASAについてです。東京都産業労働局に行ったのは何年何月ですか？それと、JICAホーチミン事務所に行ったのはいつだったでしょう。",
])
def test_an_unmarked_question_is_its_own_ask(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "2019年10月" in reply.answer and "2019年12月" in reply.answer, reply.answer
    assert [c.name for c in reply.tool_calls].count("search_knowledge") >= 2, reply.tool_calls


@pytest.mark.parametrize("question", [
    "東京の中小企業で外国人材の受け入れを支援している仕組みは資料にどう書かれていますか？あと技能実習制度ができたのは何年で、対象は"
    "何職種何作業？",
    "東京都が中小企業の外国人材の受け入れを支援している仕組みを教えてください。それから、技能実習制度は何年にできましたか？",
])
def test_an_ask_of_another_subject_than_the_named_program_is_searched_beyond_it(bot, question: str) -> None:
    reply = converse(bot, question)
    assert "WorkNet" in reply.answer, reply.answer
    assert "1993" in reply.answer, reply.answer


@pytest.mark.parametrize("text,marked", [
    ("あと、JICAのベトナム・ホーチミン事務所を訪れたのはいつでしょう。", True),
    ("締切は何日だったでしょう。", True),
    ("対象になりますか。", True),
    ("よろしくお願いします。", False),
    ("大丈夫でしょう。", False),
])
def test_a_question_word_with_deshou_marks_a_question(text: str, marked: bool) -> None:
    assert UNDERSTANDER.pack("ja").act("marked_question", text) == marked
