"""Class: how many companies take part in the Japan Internship Program, or how many interns one company gets, is
answered by the FY2024 call's figures (about one intern per company, 60 companies: knowledge/rules/updates.yaml
``updates.jip.call``, from the official page; the seed states neither), cited as that row, in both languages;
``update_asks`` in knowledge/answer_types.yaml reads the count asked."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes


@pytest.mark.parametrize("question, figures", [
    ("How many companies take part in JIP?", ("1 intern per company", "60 companies")),
    ("How many interns could one company get under JIP, and roughly how many companies take part?",
     ("1 intern per company", "60 companies")),
    ("JIPは何社くらい参加していますか？", ("1名", "60社")),
    ("JIPのインターンは1社あたり何人受け入れられますか？", ("1名", "60社")),
])
def test_a_count_of_companies_or_interns_gets_the_calls_figures(bot, question: str, figures: tuple[str, ...]) -> None:
    reply = bot.reply(bot.new_conversation(), question)
    assert all(f in reply.answer for f in figures) and "updates.jip.call" in reply.answer, reply.answer


@pytest.mark.parametrize("question", ["How many days is the JIP internship?", "JIPの活動支援金は1日いくらですか？",
                                      "How many employees do we need to host a JIP intern?"])
def test_other_counts_ask_no_call_figures(question: str) -> None:
    assert "updates.jip.call" not in AnswerTypes.load().asked_update_rows(question)
