"""Class: a knowledge message of several asks is answered ask by ask: a second ask joined by ", and" may open with an
adverb (", and roughly how many companies take part?") and is still its own ask; and when the whole message finds no
unit stating what it asks (one ask's kind of answer, an address for "who do we contact?", outweighs the others), each
ask's own search answers it instead of a refusal of the whole."""

from __future__ import annotations

import pytest
from support import converse

from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander


@pytest.mark.parametrize("text, second", [
    ("How many interns could that company get, and roughly how many companies take part?", "how many companies"),
    ("What is the age limit, and approximately how long is the internship?", "how long"),
    ("When does the application open, and about when do we hear back?", "when do we hear back"),
])
def test_an_adverb_before_a_joined_ask_still_cuts_it(text: str, second: str) -> None:
    pieces = repo_understander().pack("en").act_split("knowledge_joined_ask", text)
    assert len(pieces) == 2 and pieces[1].lower().startswith(second), pieces


def test_several_asks_are_answered_each_when_the_whole_finds_nothing(bot) -> None:
    reply = converse(bot, "We are an IT training company and want to apply for the Re-Skills course certification. "
                          "How exactly do we submit the application? Our attachments (curriculum pdfs, financial "
                          "statements) are quite big, what if the upload doesnt work? And who do we contact to get "
                          "the login?")
    assert len(calls_named(reply, "search_knowledge")) >= 3, reply.tool_calls
    assert not reply.refused, reply.answer
    assert "e-Gov" in reply.answer and "3501-2646" in reply.answer, reply.answer
