"""Class: a fact the user states about themselves in one turn that a document sets a criterion on and no calculator
checks (a graduate, a student) is kept in the dialogue state (``DialogueState.about_user``), and the eligibility check
run on a later turn's values quotes the criterion on it (the graduates' or students' documents: certificate, letter of
recommendation), as when everything came in one message. A fact said of another person is not the user's."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named


@pytest.mark.parametrize("turns,quoted", [
    (["Hello! Is the Japan Internship Program of METI open for people like me? I just graduated in civil engineering "
      "and want experience in Japanese company.",
      "Nepali, 29 years, living in Kathmandu, I passed N3 last december. no Japan stay before."],
     "certificate of graduation"),
    (["I graduated from university in Dhaka last year. Can I join JIP?",
      "Bangladeshi, 25, living in Dhaka, JLPT N3."], "certificate of graduation"),
    (["I'm still a student at a university in Manila. Can I join the Japan Internship Program?",
      "Filipino, 22, living in Manila, JLPT N2."], "certificate of enrollment"),
    (["大学を卒業したばかりです。経済産業省のインターンシップに応募できますか？", "ベトナム国籍、26歳、ハノイ在住、N2です。"],
     "certificate of graduation"),
])
def test_a_fact_stated_earlier_picks_the_quote(bot, turns: list[str], quoted: str) -> None:
    reply = converse(bot, *turns)
    assert calls_named(reply, "jip_eligibility"), reply
    assert quoted in reply.answer
    assert "recommendation" in reply.answer


def test_the_fact_is_kept_in_the_state(bot) -> None:
    conversation = bot.new_conversation()
    bot.reply(conversation, "I just graduated in civil engineering. Is JIP open for people like me?")
    assert any("graduated" in s for s in conversation.dialogue.about_user)
    # a new statement of the same fact replaces the one kept
    bot.reply(conversation, "Sorry, I'm actually still studying, I graduate next year.")
    assert len([s for s in conversation.dialogue.about_user if "graduat" in s]) == 1


@pytest.mark.parametrize("turns", [
    ["My sister is a student at Hanoi University.", "Vietnamese, 26, live in Hanoi, JLPT N2. Can I apply for JIP?"],
    ["妹は大学生です。", "ベトナム国籍、26歳、ハノイ在住、N2です。JIPに応募できますか？"],
])
def test_another_persons_fact_is_not_the_users(bot, turns: list[str]) -> None:
    conversation = bot.new_conversation()
    for turn in turns:
        reply = bot.reply(conversation, turn)
    assert not [s for s in conversation.dialogue.about_user if "student" in s or "学生" in s]
    assert calls_named(reply, "jip_eligibility"), reply
    assert "certificate of enrollment" not in reply.answer
