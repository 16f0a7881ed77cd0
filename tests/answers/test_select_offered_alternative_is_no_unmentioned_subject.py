"""The other guess a user offers in an either-or ask ("would the trainees be our employees with a contract, or are they
more like visiting students?") is no subject the documents fail to mention when they answer the first: the reply does
not open with "The documents do not mention visiting students" (answer_types ``offered_alternative``,
select._parts_unmentioned)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "We run a small metal fabrication shop in Gifu and are thinking of taking technical intern trainees for the first "
    "time. Before I call a supervising organization I'd like the basics straight: is welding one of the covered "
    "occupations, how many occupations are covered in total, and would the trainees actually be our employees with a "
    "contract, or are they more like visiting students?",
    "How long can technical intern trainees stay? And are they our employees, or are they more like exchange students?",
    "技能実習生は何年まで滞在できますか？また、実習生はうちの従業員扱いですか、それとも留学生のような扱いですか？",
])
def test_offered_alternative_is_not_said_unmentioned(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "do not mention" not in reply.answer and "記載がありません" not in reply.answer, reply.answer
    assert "employee-employer relationship" in reply.answer, reply.answer


def test_types_read_the_offered_alternative(bot) -> None:
    types = bot.selector.ranker.types
    assert types.offered_alternatives("are they our employees, or are they more like visiting students?") == [
        "visiting students"]
    assert types.offered_alternatives("従業員扱いですか、それとも留学生のような扱いですか") == ["留学生のような扱いですか"]
    # (two subjects each asked are no guess: "for construction or nursing care?")
    assert types.offered_alternatives("Is the quota different for construction or nursing care?") == []
