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


# Class: "apart from the requirements on X, what does Y have to satisfy itself?": the organisation named by what it does
# ("the organisation that runs the training", "the organisation itself") with a verb of requirements (satisfy, fulfil,
# 満たすべき): the requirements of the organisation, not the course's (en7j-02; knowledge/vocabulary.yaml eligibility)
@pytest.mark.parametrize("text", [
    "Re-Skills certification question: apart from the requirements on the course content, what does the organisation "
    "that runs the training have to satisfy itself?",
    "For the Re-Skills certification, what does the organisation itself have to satisfy?",
    "Re-Skills: what must the training provider fulfil, apart from the course rules?",
    "For the Re-Skills certification, what does the organisation running the training have to satisfy?",
])
def test_what_the_organisation_has_to_satisfy_is_its_own_requirements(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not reply.refused
    assert reply.answer.startswith("Organizations running the training courses"), reply.answer
