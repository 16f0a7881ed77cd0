"""A case outside the table with no figures (育成就労, the Employment for Skill Development system) is answered by its rule,
not by asking the headcount."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("text, words", [
    ("２０２７年から技能実習が育成就労に変わるって聞いたけど、そっちの受入れ人数枠も今の表で計算できる？", ("2027", "育成就労")),
    ("育成就労になったら受入れ人数枠はどうなりますか？", ("育成就労",)),
    ("After 2027, under the Employment for Skill Development system, how many trainees can we accept?",
     ("2027", "Employment for Skill Development")),
])
def test_a_case_without_figures_is_answered_by_its_rule(bot, text: str, words: tuple[str, ...]) -> None:
    reply = converse(bot, text)
    assert not reply.follow_up
    (call,) = calls_named(reply, "trainee_quota")
    assert call.args.get("special_case") == "employment_for_skill_development"
    assert all(w in reply.answer for w in words)
