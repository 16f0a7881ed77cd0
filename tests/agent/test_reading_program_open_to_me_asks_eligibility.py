"""Class: the program asked to be open to the asker ("Is the Japan Internship Program of METI open for people like
me?", "Is JIP open to someone like me?") is an eligibility ask, and a field the asker studied ("I just graduated in
civil engineering", "B.Tech in civil engineering") names no company's construction case; a company in civil
engineering still does."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named, slots_of
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text", [
    "Hello! Is the Japan Internship Program of METI open for people like me? I just graduated in civil engineering "
    "and want experience in Japanese company.",
    "Is JIP open to someone like me?",
    "is the METI internship open for students like me?",
])
def test_open_to_me_is_an_eligibility_ask(text: str) -> None:
    assert "jip_eligibility" in UNDERSTANDER.parse(text).intents


def test_an_office_open_on_sunday_is_no_eligibility_ask() -> None:
    assert "jip_eligibility" not in UNDERSTANDER.parse("Is the office open for me on Sunday?").intents


@pytest.mark.parametrize("text", [
    "I just graduated in civil engineering and want experience in Japanese company.",
    "I have a B.Tech in civil engineering, can I apply to JIP?",
    "I majored in civil engineering.",
])
def test_a_field_studied_is_no_construction_case(text: str) -> None:
    assert "special_case" not in slots_of(text)


@pytest.mark.parametrize("text", [
    "we are a civil engineering company with 30 staff, how many trainees?",
    "we do civil engineering, 20 employees. how many trainees can we accept?",
])
def test_a_company_in_civil_engineering_is_the_construction_case(text: str) -> None:
    assert slots_of(text).get("special_case") == "construction"


def test_the_open_ask_runs_the_check_and_the_facts_follow(bot) -> None:
    reply = converse(bot, "Hello! Is the Japan Internship Program of METI open for people like me? I just graduated "
                          "in civil engineering and want experience in Japanese company.",
                     "Nepali, 29 years, living in Kathmandu, I passed N3 last december. no Japan stay before.")
    calls = calls_named(reply, "jip_eligibility")
    assert calls and calls[-1].args.get("age") == 29 and calls[-1].args.get("jlpt_level") == "N3"
    assert not reply.refused
