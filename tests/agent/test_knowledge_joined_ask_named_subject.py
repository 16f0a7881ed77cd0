"""Class: a yes/no ask joined by ", and" whose subject is a name or an acronym ("..., and could METI call them in for a
hearing?", "..., and does Tokyo run it?", "..., and can JIP pay for it?") is an ask of its own, as one whose subject is
a pronoun or a determiner's noun is: searched on its own, its own unit quoted."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander


@pytest.mark.parametrize("text, second", [
    ("Which forms did applicants fill in through the e-Gov system, and could METI call them in for a hearing?",
     "could METI"),
    ("What support is there for small companies, and does Tokyo run it directly?", "does Tokyo"),
    ("How long is the online internship, and can JIP pay for the laptop?", "can JIP"),
    ("When did they visit CINGA, and did WAASA go to Vietnam too?", "did WAASA"),
])
def test_a_named_subject_after_and_cuts_an_ask(text: str, second: str) -> None:
    pieces = repo_understander().pack("en").act_split("knowledge_joined_ask", text)
    assert len(pieces) == 2 and pieces[1].startswith(second), pieces


@pytest.mark.parametrize("text", [
    "What is the age limit, and is Japanese required?",  # an ask still, cut as before (a capitalised word after the verb)
])
def test_a_capitalised_word_after_the_verb_still_cuts(text: str) -> None:
    assert len(repo_understander().pack("en").act_split("knowledge_joined_ask", text)) == 2


@pytest.mark.parametrize("text", [
    "the forms and the deadline, and METI's address",  # no verb opens it: no ask of its own
    "Which forms did applicants fill in, and in which order?",
])
def test_no_named_yes_no_ask_no_cut_of_that_kind(text: str) -> None:
    pieces = repo_understander().pack("en").act_split("knowledge_joined_ask", text)
    assert not any(p.startswith(("METI", "could")) for p in pieces[1:]), pieces


def test_the_named_ask_is_searched_and_answered(bot) -> None:
    reply = converse(bot, "Which forms did applicants fill in through the e-Gov system for the Re-Skills "
                          "certification, and could METI call them in for a hearing on the course?")
    queries = [c.args["query"] for c in reply.tool_calls if c.name == "search_knowledge"]
    assert any(q.startswith("could METI call them in") for q in queries), queries
    assert not reply.refused
    assert "hearing may be held" in reply.answer and "Form 1 to Form 6" in reply.answer


def test_a_named_yes_no_ask_beside_a_calculation_is_answered(bot) -> None:
    reply = converse(bot, "How much is the activity money for a 30-day in-person internship, and does JIP pay for the "
                          "flight ticket?")
    calls = [c for c in reply.tool_calls if c.name == "jip_support_funds"]
    assert calls and calls[0].args["days"] == 30
    assert "90,000" in reply.answer and "airline tickets" in reply.answer
