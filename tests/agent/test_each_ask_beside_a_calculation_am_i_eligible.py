"""Class: an eligibility question opened with "Am I ..." ("Am I eligible for JIP, and what do I need to get from my
university to apply?") asks as "Can I ..." does: the ask joined after it is searched on its own beside the check and
answered under it, once (the sentence it was cut from is not quoted whole again)."""

from __future__ import annotations

import pytest

from support import converse
from tests.knowledge import repo_understander


@pytest.mark.parametrize("text", [
    "Am I eligible for JIP",
    "am i allowed to apply?",
    "And am I too old for it?",
])
def test_am_i_opens_a_question(text: str) -> None:
    assert repo_understander().pack("en").act("question_clause", text)


@pytest.mark.parametrize("text", [
    "Hello! I'm Kenyan, 26, a final-year student at the University of Nairobi and I live in Nairobi. English is fluent "
    "(it's our official language), no JLPT. Am I eligible for JIP, and what do I need to get from my university to "
    "apply?",
    "I'm Vietnamese, 24, N2, living in Hanoi, a student. Am I eligible for the JIP, and what do I need from my "
    "university to apply?",
])
def test_the_joined_ask_is_answered_beside_the_check(bot, text: str) -> None:
    reply = converse(bot, text)
    checks = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert checks and checks[0].args["nationality"] in ("Kenya", "Viet Nam")
    searches = [c.args["query"] for c in reply.tool_calls if c.name == "search_knowledge"]
    assert any(q.endswith("what do I need to get from my university to apply?")
               or q.endswith("what do I need from my university to apply?") for q in searches), searches
    assert "enrollment" in reply.answer and "recommendation" in reply.answer
    assert reply.answer.count("Applicants must meet all the following") <= 1, reply.answer
