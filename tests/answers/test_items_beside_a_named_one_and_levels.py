"""Classes: (1) the items of a list beside the one a question names ("what do interns get apart from the daily
money?", "besides the flights", 活動支援金以外に) ask for the list, not the named item alone (``other_items``); (2) a
line that only points elsewhere ("▶ See the list below.") is never quoted (``pointer``); (3) a language level asked
("what jlpt level for ssw no.1? n4 or n3?", 日本語能力試験のレベルは) needs a unit that states a level (JLPT N3):
the Specified Skilled Worker passage names only an examination, so the reply says the documents do not give it."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question", ["what do jip interns get apart from the daily money? list pls",
                                      "Besides the flights, what does JIP give interns?"])
def test_items_beside_the_named_one_quote_the_list(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    for item in ("visa", "airline tickets", "accommodation", "Internship insurance"):
        assert item in reply.answer, reply.answer
    assert "See the list below" not in reply.answer, reply.answer


@pytest.mark.parametrize("text, points", [("▶ See the list below.", True), ("Please refer to the table below.", True),
                                          ("下記参照。", True), ("See the list of DAC countries for 2024.", False),
                                          ("Support for interns: Arrangement of accommodation", False)])
def test_a_line_that_only_points_elsewhere(text: str, points: bool) -> None:
    assert AnswerTypes.load().only_points(text) is points


@pytest.mark.parametrize("question", ["what jlpt level u need for ssw no.1? n4 or n3?",
                                      "特定技能1号に必要な日本語能力試験のレベルは？"])
def test_a_level_no_document_states_is_declined(bot, question: str) -> None:
    assert bot.reply(bot.new_conversation(), question).refused


@pytest.mark.parametrize("question", ["What JLPT level do I need for JIP?", "JIPの日本語のレベルは？"])
def test_a_level_the_documents_state_is_answered(bot, question: str) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert not reply.refused and "N3" in reply.answer, reply.answer
