"""An ask about the organisation running a course, set against the course ("For the Re-Skills certification, apart
from the course content, what does the organisation running the course itself have to satisfy?", 「講座の内容とは別に、
講座を実施する事業者自身に求められる要件は？」): what the question sets aside is not what it asks of, so its words do not
rank the search (they ranked the course's requirements first); the organisation's requirements are quoted (en7h-08).
The stem of "apartment" is no longer "apart", so "apart from" is no accommodation question either."""

from __future__ import annotations

import pytest

from bot.agent.knowledge_plan import without_set_aside
from support import converse
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "For the Re-Skills certification, apart from the course content, what does the organisation running the course "
    "itself have to satisfy?",
    "Re-Skills: besides the curriculum requirements, what must the training provider itself meet?",
    "Aside from the course requirements, what does the institution running a Re-Skills course need?",
    "Reスキル講座の認定で、講座の内容とは別に、講座を実施する事業者自身に求められる要件は何ですか？",
    "Reスキルの認定について、講座の中身以外に、運営する事業者側が満たすべき条件はありますか？",
])
def test_the_organisations_requirements_answer_an_ask_set_against_the_course(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused
    assert "Organizations running the training courses" in reply.answer
    assert "stably continue" in reply.answer


@pytest.mark.parametrize("lang,text,kept", [
    ("en", "apart from the course content, what does the organisation running the course itself have to satisfy?",
     "what does the organisation running the course itself have to satisfy?"),
    ("en", "For Re-Skills, other than the fees, what do providers need?", "For Re-Skills, what do providers need?"),
    ("ja", "Reスキル講座の認定で、講座の内容とは別に、事業者自身に求められる要件は何ですか？",
     "Reスキル講座の認定で、事業者自身に求められる要件は何ですか？"),
])
def test_the_part_set_aside_is_left_out_of_the_search(lang: str, text: str, kept: str) -> None:
    assert without_set_aside(text, U.pack(lang)) == kept


@pytest.mark.parametrize("lang,text", [
    ("en", "What support does the METI internship give besides the daily allowance?"),  # no ask after it
    ("en", "what else is there apart from that?"),
    ("ja", "日当以外に何がもらえますか？"),  # what is set aside is the ask's own subject
])
def test_an_ask_that_is_only_about_what_else_keeps_its_words(lang: str, text: str) -> None:
    assert without_set_aside(text, U.pack(lang)) == text
