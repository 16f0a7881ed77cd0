"""A scope yes/no names the user's own categories (事務員, 看護師, "office staff and nurses"): a restriction leaves them out,
and the lead answers no naming them."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question,names", [
    ("介護職種で実習生を受け入れる場合の「常勤職員」は、施設の職員全員を数えてよいのでしょうか。事務員や看護師も含めて数えたいのですが。",
     ["事務員", "看護師"]),
    ("介護の実習生の受入れで、常勤職員に看護師も数えられますか", ["看護師"]),
    ("For nursing care trainees, can we count our office staff and nurses too as full-time employees?",
     ["office staff", "nurses"]),
    ("In the nursing care occupation, may we include clerks as full-time employees?", ["clerks"]),
])
def test_a_restriction_answers_no_for_the_users_categories(bot, question: str, names: list[str]) -> None:
    reply = converse(bot, question)
    lead = reply.answer.split("\n\n")[0]
    assert lead.startswith(("いいえ", "No:")), reply.answer
    assert all(name in lead for name in names), lead
    assert "主たる業務が介護" in lead or "main job is nursing care" in lead
