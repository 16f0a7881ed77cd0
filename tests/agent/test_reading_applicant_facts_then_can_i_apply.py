"""An applicant's facts, then "can I apply?" (no program named) is the JIP eligibility check; the program applied for is
read when one is named (specified skilled worker: ssw, JIP: jip)."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

U = repo_understander()


@pytest.mark.parametrize("text", [
    "I'm Vietnamese, 25, N3, living in Hanoi. Can I apply?",
    "I'm a technical intern trainee from Vietnam, 25, N3, living in Japan. Can I apply?",
    "ベトナム人、25歳、N3です。応募できますか？",
])
def test_an_applicants_facts_then_can_i_apply_is_the_eligibility_check(bot, text: str) -> None:
    (call,) = calculators(converse(bot, text))
    assert call.name == "jip_eligibility" and call.args["nationality"] == "Viet Nam" and call.args["age"] == 25


@pytest.mark.parametrize("text,program", [
    ("I'm Vietnamese, can I apply for the specified skilled worker program?", "ssw"),
    ("ベトナム人です。特定技能に応募できますか？", "ssw"),
    ("ベトナム人です。JIPに応募できますか？", "jip"),
    ("I'm a technical intern trainee from Vietnam, 25, N3, living in Japan. Can I apply?", None),
])
def test_the_program_applied_for_is_read(text: str, program) -> None:
    assert U.parse(text).program == program
