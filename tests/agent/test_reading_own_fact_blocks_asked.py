"""Whether one's own fact rules one out ("I did JIP in FY2015. Am I blocked?", "does this rule me out?",
「2015年度にJIPに参加しました。対象外になりますか？」) runs the eligibility check on that fact, also after a quoted line of
the rule (the quote's "have not participated" is the document's words, not the user's), EN and JA."""

from __future__ import annotations

import pytest

from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()


@pytest.mark.parametrize("text, years", [
    ("The requirements page says: 'Those who have not participated in this program between FY2016 and FY2023.' What "
     "does that mean exactly? I did an online JIP internship back in FY2015. Am I blocked?", [2015]),
    ("I did an online JIP internship back in FY2015. Am I blocked?", [2015]),
    ("I joined JIP in FY2019. Does that block me from applying?", [2019]),
    ("I did a JIP internship in FY2015. Does this rule me out?", [2015]),
    ("2015年度にJIPに参加しました。対象外になりますか？", [2015]),
])
def test_own_fact_with_blocked_asked_runs_the_check(text: str, years: list[int]) -> None:
    parsed = UNDERSTANDER.parse(text)
    assert "jip_eligibility" in parsed.intents
    assert parsed.slots.get("participated_fiscal_years") == years


def test_a_rule_question_stays_a_rule_question() -> None:
    assert "jip_eligibility" not in UNDERSTANDER.parse("日本に住んでいる人は対象外ですか？").intents


def test_the_check_runs_and_is_answered(bot) -> None:
    from support import converse

    reply = converse(bot, "The requirements page says: 'Those who have not participated in this program between "
                          "FY2016 and FY2023.' What does that mean exactly? I did an online JIP internship back in "
                          "FY2015. Am I blocked?")
    call = next(c for c in reply.tool_calls if c.name == "jip_eligibility")
    assert call.args["participated_fiscal_years"] == [2015]
    assert not reply.refused
    assert "2015" in reply.answer
