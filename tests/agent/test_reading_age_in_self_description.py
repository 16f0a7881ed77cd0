"""Class: an age written as "N yrs" or a bare "N" in a self-description is the applicant's age also in a later turn that
names no program, when the message describes the applicant (where they are from, their English or Japanese, a test
score); a count of years in business is no age."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,age", [
    ("im from kenya, 29 yrs, living in nairobi. english is my working language (IELTS 7.0), i dont speak japanese. "
     "never did this program before", 29),
    ("im from ghana, 31 yrs, living in accra. my english is fluent", 31),
    ("ghanaian, 27, living in accra, english is fluent", 27),
    ("I am from Peru, 33 yrs, TOEFL 95", 33),
    # a list opening with a nationality word, or naming the English as "fluent English"
    ("Kenyan, 27, living in Nairobi, fluent English.", 27),
    ("Nepali, 29, living in Kathmandu.", 29),
    ("Indian, 31, still in Pune, good english", 31),
])
def test_age_in_a_self_description_without_a_program(text: str, age: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("age") == age


def test_years_in_business_is_no_age() -> None:
    assert "age" not in UNDERSTANDER.parse("we have 45 staff from vietnam, 25 yrs in business. how many trainees?").slots
    assert "age" not in UNDERSTANDER.parse("We have 30 employees, 5 trainees.").slots


def test_second_turn_self_description_reaches_the_check(bot) -> None:
    from support import converse

    reply = converse(bot, "hello can i join the japan internship programme by METI?",
                     "im from kenya, 29 yrs, living in nairobi. english is my working language (IELTS 7.0), i dont speak "
                     "japanese. never did this program before")
    calls = [c for c in reply.tool_calls if c.name == "jip_eligibility"]
    assert calls and calls[-1].args.get("age") == 29 and calls[-1].args.get("english_proficient") is True
    assert calls[-1].args.get("residing_in_japan") is False
