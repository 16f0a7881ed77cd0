"""Class: doing the internship from one's home ("from my home in Ulaanbaatar", 自宅から) names the online internship,
so "from my home or must I come to Japan?" names both kinds, and a unit about either (online internships are
conducted remotely; applicants may apply for both) is not set aside as the other kind's unit."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_analyzer


@pytest.mark.parametrize("text", ["can i do the internship from my home in Ulaanbaatar?", "I'd work at home",
                                  "自宅から参加できますか"])
def test_working_from_ones_home_names_the_online_internship(text: str) -> None:
    assert "online" in {u.concept for u in repo_analyzer().analyze(text).units}


def test_either_kind_asked_with_both_quotes_the_permission_to_apply_for_both(bot) -> None:
    reply = bot.reply(bot.new_conversation(), "can i do the JIP internship from my home in Ulaanbaatar or i must "
                                              "come to japan? and can i apply for both kind?")
    assert "apply for both internship options" in reply.answer, reply.answer
