"""Class: a relation question (do trainees and the company have an employment relationship?) is answered by the unit
stating the relation, first, with no limit lead from a unit on another subject (the quota note's 10%, the five-year
training limited to excellent companies): bot/answers/limits.py reads a limit only of the question's own subject."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "基本的なことで恐縮ですが、技能実習生と受入れ企業は雇用契約を結ぶ関係になるのでしょうか。それとも研修生のような扱いで、給料ではなく手当を"
    "払う形ですか？",
    "技能実習生と受入れ企業の間には雇用関係がありますか？",
    "Is a technical intern trainee employed by the host company under an employment relationship?",
])
def test_the_relation_asked_is_answered_by_the_relation_unit(bot, question: str) -> None:
    answer = answered(bot, question, r"employee-employer relationship")
    assert "employee-employer relationship" in answer.split("\n\n")[0], answer  # the relation opens the reply
