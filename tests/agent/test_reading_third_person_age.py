"""The age of the person a message is about ("My younger sister is 19", "she is 29", "he's 27, lives in Nairobi" in a
follow-up) is that applicant's age, with where they live and study ("2nd year college in Cebu"); a number with a unit
after it ("she is 2 years into her degree") is no age. Before, en5g-08, en5g-13 and en5g-30 ran with no age."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text,age", [
    ("Good day po! My younger sister is 19, Filipina, 2nd year college in Cebu. She passed JLPT N4 last year. Is she "
     "qualified for the METI internship?", 19),
    ("he's 27, lives in Nairobi, english very good. never did the program before", 27),
    ("Question for my friend. She is Chinese citizen but she is living and working in Singapore since five years, she "
     "is 29 and her English is very good. Is she ok for the Japan internship program of METI?", 29),
    ("My cousin, who is 24, is Vietnamese and lives in Hanoi. Can he apply to JIP?", 24),
    ("My brother's 31 and lives in Dhaka, JLPT N3. Can he join the Japan Internship Program?", 31),
])
def test_a_third_persons_age_is_read(text: str, age: int) -> None:
    assert UNDERSTANDER.parse(text).slots.get("age") == age


@pytest.mark.parametrize("text", [
    "she is 2 years into her degree. Can she apply to JIP?",
    "He is 5 years in Japan already.",
])
def test_a_number_with_a_unit_is_no_age(text: str) -> None:
    assert "age" not in UNDERSTANDER.parse(text).slots


def test_the_users_own_age_stays_beside_a_relatives() -> None:
    slots = UNDERSTANDER.parse("I'm Kenyan, 31, based in Nairobi. Can I join JIP? My younger brother is 19 and lives "
                               "in Tokyo as a student.").slots
    assert slots.get("age") == 31 and slots.get("residing_in_japan") is False, slots


@pytest.mark.parametrize("turns,expected", [
    (["Good day po! My younger sister is 19, Filipina, 2nd year college in Cebu. She passed JLPT N4 last year only, "
      "but her English is really good. Is she still qualified for the METI internship?"],
     {"age": 19, "residing_in_japan": False, "jlpt_level": "N4", "english_proficient": True}),
    (["Hi, my cousin from Kenya wants to join that METI internship for foreigners (JIP). Can he?",
      "he's 27, lives in Nairobi, english very good. never did the program before"],
     {"age": 27, "residing_in_japan": False, "english_proficient": True}),
])
def test_the_check_runs_with_the_third_persons_age(bot, turns: list[str], expected: dict) -> None:
    reply = converse(bot, *turns)
    calls = calls_named(reply, "jip_eligibility")
    assert calls, reply.tool_calls
    args = calls[-1].args
    assert {k: args.get(k) for k in expected} == expected, args
