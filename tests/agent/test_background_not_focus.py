"""Class: the names in the user's self-description (the university they study at, their city, their employer) are
their background, never the focus: the bot does not say the documents "do not mention Cairo University" and quotes
the students/graduates documents item (certificate of enrollment, letter of recommendation)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("question", [
    "im still a student at Cairo University, what papers do I have to submit for JIP?",
    "I'm a graduate of Nairobi University, which documents do I submit for the Japan Internship Program?",
    "I work at Infosys in Bangalore. Which documents must a graduate submit for JIP?",
    "カイロ大学の学生です。JIPに応募するにはどんな書類を出せばいいですか？",
])
def test_self_description_names_are_not_the_focus(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused
    assert "do not mention" not in reply.answer
    assert "enrollment" in reply.answer
    assert "recommendation" in reply.answer
