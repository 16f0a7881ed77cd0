"""A lead joined to the ask in one sentence (「e-GovのIDとパスワードがまだ無いんですが、どこに問い合わせればいいですか」) is
what the ask is about, not a self-introduction: the ask is searched with it, so the contact asked is the one for what the
lead names (the ID and password: 03-3501-2646), not any office of the program (knowledge_plan._topic_statement, the
pack's ``ask_background``)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("turns", [
    ("e-GovのIDとパスワードがまだ無いんですが、どこに問い合わせればいいですか。電話番号も知りたいです",),
    ("Re-Skillsの申請で、e-GovのIDとパスワードを持っていないんですけど、どこに連絡すればいいですか？",),
    ("Re-Skills講座の申請って電子申請ですか？",
     "e-GovのIDとパスワードがまだ無いんですが、どこに問い合わせればいいですか。電話番号も知りたいです"),
])
def test_contact_asked_after_a_joined_lead_is_the_one_for_what_it_names(bot, turns: tuple[str, ...]) -> None:
    reply = converse(bot, *turns)
    assert not reply.refused, reply.answer
    assert "03-3501-2646" in reply.answer.split("\n\n")[0], reply.answer


def test_a_self_introduction_is_not_the_asks_subject(bot) -> None:
    # (a sentence of its own that describes the user stays an introduction: the contact asked is the program's)
    reply = converse(bot, "JIPに応募予定の学生です。問い合わせ先はどこですか？")
    assert "03-3501-2646" not in reply.answer, reply.answer
