"""A quoted requirement that refers to what another sentence defines ("Holding citizenship of the applicable countries
or regions") is quoted with the sentence that defines it ("nationals of developing countries (countries on the OECD/DAC
list, excluding the People's Republic of China)"): "Who can apply for the METI internship?" listed the requirements
and never said which countries apply. The defining passage is searched beside the requirements (it sits under "Job
Description")."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question", [
    "Who is allowed to apply to METI's Japan Internship Program?",
    "Who can apply for the METI internship?",
    "Which countries can apply to JIP?",
])
def test_who_can_apply_says_which_countries(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused, reply.answer
    assert "OECD/DAC" in reply.answer
    assert "China" in reply.answer


@pytest.mark.parametrize("question", ["JIPには誰が応募できますか？", "どんな人がJIPに応募できますか？"])
def test_who_can_apply_in_japanese_is_the_rule_not_a_check(bot, question: str) -> None:
    # 「誰が応募できますか」 ran the eligibility calculator with no values and asked for them; as in English, the rule
    # answers (with the countries it refers to)
    reply = converse(bot, question)
    assert not [c for c in reply.tool_calls if c.name == "jip_eligibility"], reply.answer
    assert "OECD/DAC" in reply.answer
