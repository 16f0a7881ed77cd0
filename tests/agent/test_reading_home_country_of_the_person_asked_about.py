"""A message only about another person (the applicant is the user's daughter, son, friend: "my daughter wanjiru is 24
... she lives with us here in kenya. can she apply?") is that person's check, so the one country named as where they
live gives their nationality as a stated assumption (note ``assume.nationality_from_residence``), as it does for the
user's own message. Before, the country was read as part of a clause about another person and nothing was assumed. A
message with the user's own facts keeps the other person's places out of the user's check."""

from __future__ import annotations

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()

WANJIRU = ("good evening from mombasa. my daughter wanjiru is 24 years, she finish her bsc computer science at university "
           "of nairobi last year and now she is helping in her uncle's phone shop but she wants real IT work. she did all "
           "her school in english so her english is very good, no japanese at all. she never been to japan, she lives "
           "with us here in kenya. can she apply for the METI internship program? and what papers she must prepare "
           "since she is not student anymore")


def test_the_country_the_person_lives_in_with_the_family_is_assumed(bot) -> None:
    parsed = UNDERSTANDER.parse(WANJIRU)
    assert parsed.slots["nationality"] == "Kenya"
    assert ("assume.nationality_from_residence", {"country": "Kenya", "code": "KEN"}) in parsed.notes
    reply = converse(bot, WANJIRU)
    args = calls_named(reply, "jip_eligibility")[0].args
    assert (args["nationality"], args["age"], args["residing_in_japan"], args["english_proficient"]) == (
        "Kenya", 24, False, True)
    assert "Kenya" in reply.answer


def test_with_the_users_own_facts_another_persons_country_is_not_the_users() -> None:
    parsed = UNDERSTANDER.parse("I am Indian, 30, good English, living in Pune. my daughter lives in kenya. can I apply "
                                "for JIP?")
    assert parsed.slots["nationality"] == "India"
    assert not [key for key, _ in parsed.notes if key == "assume.nationality_from_residence"]
