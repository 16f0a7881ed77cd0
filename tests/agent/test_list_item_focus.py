"""Class: a list question whose focus one item of a list alone holds, where the list is about something else
than what the question asks a list of ("which documents must students and graduates submit?" against
"Applicants must meet all the following: ..."), quotes that item, not the whole list; a question that asks for
the whole list, or for the list its lead names ("what support do interns get?"), still gets the whole list."""

from __future__ import annotations

import pytest

ITEM = "Students must be able to submit a certificate of enrollment"
OTHER_ITEM = "Proficiency in Japanese language"


def _ask(bot, text: str):
    return bot.reply(bot.new_conversation(), text)


@pytest.mark.parametrize("question", [
    "For our students' information sheet: which documents must current students and recent graduates be able to "
    "submit when applying to the METI Japan Internship Program?",
    "Which documents do students and graduates have to submit for JIP?",
    "JIPに応募する学生はどんな書類を提出する必要がありますか？",
])
def test_the_item_that_holds_the_focus_is_quoted(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert ITEM in reply.answer
    assert OTHER_ITEM not in reply.answer


@pytest.mark.parametrize("question", [
    "What are all the requirements for applying to JIP?",
    "JIPの応募資格を一覧で教えてください",
])
def test_a_whole_list_question_gets_the_whole_list(bot, question: str) -> None:
    reply = _ask(bot, question)
    assert OTHER_ITEM in reply.answer


def test_the_list_its_lead_names_is_quoted_whole(bot) -> None:
    reply = _ask(bot, "What support do JIP interns get? Is the flight paid?")
    assert "visa" in reply.answer.lower() and "airline tickets" in reply.answer
