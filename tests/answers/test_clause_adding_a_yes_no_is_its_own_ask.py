"""A Japanese clause that adds a yes/no after the asks (それと実習生は法的には従業員なのか、) is an ask of its own."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("clause,added", [
    ("それと実習生は法的にはうちの従業員なのか、", True),
    ("あと、実習生は法律上は従業員扱いですか？", True),
    ("対象の職種・作業はいくつあるのか、", False),
    ("ただの実習生なのか教えてください。", False),
])
def test_a_clause_that_adds_a_yes_no_is_an_ask_of_its_own(types: AnswerTypes, clause: str, added: bool) -> None:
    assert types.opens_added_ask(clause) is added
