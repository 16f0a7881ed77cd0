"""A knowledge ask beside a calculator gets its own answer (the 2026-12-05a batch, policy).

The class: in a message that runs a calculator, an ask that only names again a value the message already stated
("We are certified excellent (優良). ... what is the condition to stay excellent?", 「優良の基準を満たし…それと、優良だと
実習期間は最長何年？」) asks of its own when it asks for a kind of answer; it is searched on its own and quoted from its
own passages. An ask that a finding of the calculator's result answers (the excellence condition's 60% of the points,
the 10% of safety and health work) gets that finding in the reply's words. An ask that gives the value ("if we become
excellent, how many then?") is still the calculation's, and one word shared with a rule answers nothing ("how do we
submit the application?").
"""

from __future__ import annotations

import re

import pytest

from support import converse

EXCELLENCE_CONDITION = [
    "Our plastic molding company has 75 regular employees (full time, trainees excluded). We are certified excellent "
    "(優良) and our supervising organization is 一般監理団体. How many No.1, No.2, No.3 trainees can we have at the same "
    "time? and by the way what is the condition to stay excellent, some % of points?",
    "We have 120 full-time staff and we are an excellent implementing organization; our supervising org is also "
    "excellent. How many No.1 and No.2 trainees can we take? Also, what is the excellence condition, what share of the "
    "points do we need?",
    "常勤職員は80名で、優良認定を受けています。監理団体も一般監理団体です。何人まで受け入れられますか？あと、優良の条件は何％の点数が"
    "必要ですか？",
    "優良認定を受けた会社で、常勤は35名です（監理団体も優良）。受入れ可能人数は？ちなみに優良の要件は自己評価で何割の点数ですか？",
]

LONGEST_PERIOD = [
    "常勤職員は60名です。優良な実習実施者で、監理団体も一般監理団体です。1号と2号の上限を教えてください。それと、優良だと実習期間は"
    "最長何年になりますか？",
    "We have 50 full-time employees and we are certified excellent, with an excellent supervising organization. How "
    "many trainees can we accept? Also, as an excellent company, for how many years at most can a trainee stay?",
]

SAFETY_HEALTH = [
    "Our welding plan for year 1: required work 1,200h, related 500h, peripheral 300h. Does this split meet the rules? "
    "Also, how many hours of safety and health work do we have to include?",
]


@pytest.mark.parametrize("text", EXCELLENCE_CONDITION)
def test_the_excellence_condition_asked_beside_the_quota_is_answered(bot, text) -> None:
    reply = converse(bot, text)
    assert [c.name for c in reply.tool_calls][:1] == ["trainee_quota"], reply.tool_calls
    assert reply.tool_calls[0].args.get("excellent") is True, reply.tool_calls
    assert re.search(r"60\s?%", reply.answer), reply.answer


@pytest.mark.parametrize("text", LONGEST_PERIOD)
def test_the_longest_period_asked_beside_the_quota_is_quoted(bot, text) -> None:
    reply = converse(bot, text)
    assert [c.name for c in reply.tool_calls][:1] == ["trainee_quota"], reply.tool_calls
    assert sum(c.name == "search_knowledge" for c in reply.tool_calls) >= 2, reply.tool_calls
    assert re.search(r"(?i)five years|5年", reply.answer), reply.answer


@pytest.mark.parametrize("text", SAFETY_HEALTH)
def test_the_safety_and_health_share_asked_beside_the_split_is_answered(bot, text) -> None:
    reply = converse(bot, text)
    assert [c.name for c in reply.tool_calls][:1] == ["training_time_split"], reply.tool_calls
    assert re.search(r"(?i)safety and health work must be at least 10\s?%", reply.answer), reply.answer


def test_an_ask_that_gives_the_value_is_the_calculations_own(bot) -> None:
    reply = converse(bot, "We have 40 full-time staff. If we become excellent, how many trainees can we take? And can "
                          "we take No.3?")
    assert [c.name for c in reply.tool_calls].count("search_knowledge") == 1, reply.tool_calls
    assert reply.tool_calls[0].args.get("excellent") is True, reply.tool_calls


@pytest.mark.parametrize("text", [
    "We have 40 full-time staff and we are an excellent organization with an excellent supervising org. How many "
    "trainees can we take? Also, how do we submit the application?",
])
def test_one_shared_word_with_a_rule_is_no_finding_answer(bot, text) -> None:
    reply = converse(bot, text)
    assert not re.search(r"(?i)the excellent limits (?:apply|need)", reply.answer), reply.answer
