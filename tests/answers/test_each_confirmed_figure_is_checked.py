"""A statement of several figures asked to be confirmed ("founded in 1989 and covering 77 occupations and 139 tasks:
is that right?", 「1989年に創設され、対象は77職種139作業、という記載で合っていますか」) is checked figure by figure: the
unit of the founding year (1993) and the unit of the count (156 tasks in 85 occupations) are both quoted. Only the
best unit of the first kind (the founding year) was."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "Our training slides say the technical intern system was founded in 1989 and covers 77 occupations and 139 tasks. "
    "Is that right?",
    "社内研修用の資料を作っていて確認したいのですが、外国人技能実習制度は1989年に創設され、対象は77職種139作業、という記載で"
    "合っていますか？",
    "技能実習制度って1989年スタートで、77職種が対象ですよね？",
])
def test_each_figure_is_checked_against_its_own_unit(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "1993" in reply.answer
    assert "85 occupations" in reply.answer


def test_one_figure_to_confirm_keeps_its_one_unit(bot) -> None:
    reply = converse(bot, "The technical intern training system started in 1989, right?")
    assert "1993" in reply.answer
