"""A JIP eligibility check starts only when its program is named or implied (JIP, the internship, "can I apply?"),
not on an applicant's facts beside a question about another program (SSW, TITP): "with specified skill no.1 visa how
many years i can work in japan ... i am from nepal" ran the JIP check and answered "you cannot apply"."""

from __future__ import annotations

import pytest

from support import converse


def names(reply) -> list[str]:
    return [c.name for c in reply.tool_calls]


@pytest.mark.parametrize("text", [
    "with specified skill no.1 visa how many years i can work in japan, and in how many industries is it available? "
    "i am from nepal",
    "I'm Vietnamese, 24, N3. How many years can a specified skilled worker stay in Japan?",
    "ベトナム人、25歳です。技能実習で日本に何年いられますか？",
    "ネパール出身、28歳、N3です。特定技能1号は何年働けますか？",
])
def test_facts_beside_another_programs_question_start_no_jip_check(bot, text: str) -> None:
    assert "jip_eligibility" not in names(converse(bot, text))


@pytest.mark.parametrize("text", [
    "I'm a technical intern trainee from Vietnam, 25, N3, living in Japan. Can I apply?",
    "Vietnamese, 25, N3, living in Hanoi. Am I eligible for the Japan internship program?",
    "ベトナム人、25歳、N3です。JIPに応募できますか？",
])
def test_a_jip_question_still_checks(bot, text: str) -> None:
    assert "jip_eligibility" in names(converse(bot, text))
