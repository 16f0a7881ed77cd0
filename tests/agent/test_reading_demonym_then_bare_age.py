"""A demonym then a bare number opening a short self-description ("kenyan 27", "what about me? kenyan 27 english
good", "i'm nepali 24") is the applicant's age; a number with a unit or a noun of people after it ("vietnamese 5
staff", "filipino 25 years in japan") or a count of Japanese staff is no age."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,age", [
    ("kenyan 27", 27),
    ("what about me? kenyan 27", 27),
    ("kenyan 27 english good. ok?", 27),
    ("i'm nepali 24", 24),
    ("hi, ghanaian 31, living in accra", 31),
    ("Filipino 29 and N3", 29),
])
def test_demonym_then_number_is_the_age(text: str, age: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("age") == age


@pytest.mark.parametrize("text", [
    "vietnamese 5 staff and 20 japanese",
    "Japanese 40, Vietnamese 5",
    "indonesian 3 trainees now",
    "filipino 25 years in japan",
])
def test_a_count_or_a_duration_after_a_demonym_is_no_age(text: str) -> None:
    assert "age" not in UNDERSTANDER.parse(text).slots


def test_follow_up_with_demonym_and_age_checks_the_applicant(bot) -> None:
    from support import converse

    reply = converse(bot, "who can apply for the JIP?", "what about me? kenyan 27")
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args.get("age") == 27 and calls[-1].args.get("nationality") == "Kenya", reply.answer[:300]
