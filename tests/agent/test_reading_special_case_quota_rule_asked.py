"""Whether the quota rule differs for a special case (construction, fishing on board), no headcount given: the case is
read, the reply asks the headcount saying what it has, never the "one more detail" lead over an unrelated quote."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander

U = repo_understander()

SPECIAL = [
    ("建設業の場合、受入れ人数の基準は違いますか？", "construction"),
    ("Is the trainee quota different for construction?", "construction"),
    ("In construction, is the number of trainees limited differently?", "construction"),
    ("漁船の場合、実習生の人数枠は違いますか？", "fishing_on_board"),
    ("Are there different trainee limits for fishing vessels?", "fishing_on_board"),
]


@pytest.mark.parametrize("text,case", SPECIAL)
def test_the_special_case_asked_about_is_read(bot, text: str, case: str) -> None:
    assert U.parse(text).slots.get("special_case") == case
    reply = converse(bot, text)
    assert reply.follow_up  # the headcount
    assert not reply.answer.startswith(("計算するには", "To calculate this"))
    assert not reply.citations  # no passage on another subject
    # the case is named in the reply's language, never by its internal value (special_case: fishing_on_board)
    assert "special_case" not in reply.answer and "fishing_on_board" not in reply.answer
    assert any(name in reply.answer for name in ("construction", "fishing", "建設", "漁船"))
