"""A coverage list is quoted with the exclusion stated next to it; a question asking both gets both."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "I am preparing a proposal for our training center in Da Nang. Could you explain which fields of courses were "
    "covered by the first certification of the Fourth Industrial Revolution Skills Courses, and whether there is "
    "any kind of course which is excluded?",
    "Which fields are covered by the Re-Skills certification, and are any courses excluded?",
    "Re-Skillsの対象になる分野ってどれですか？うちの研修がIT系なので該当するか見たくて、一覧でお願いします。",
    "第四次産業革命スキル習得講座の対象分野を一覧で教えてください。",
    "Re-Skills講座はどの分野が対象ですか？",
])
def test_a_coverage_list_comes_with_its_exclusion(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "data science" in reply.answer and "Fundamental and basic IT skill courses are excluded" in reply.answer
    assert reply.answer.index("data science") < reply.answer.index("Fundamental and basic")
    if not question.isascii():
        assert "資料に挙げられているのは、AI、IoT" in reply.answer, reply.answer
