"""Class: a message of several asks, one of which asks the condition of a value (its own value asked, "the longest
period ... any company?", or the value it states, "the full 5 years at any company?"), quotes the unit that states
that value with its condition ("up to five years (limited to excellent companies under an excellent supervisory
organization)") beside the other asks' answers, and keeps it however many notes the reply carries."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered

CONDITION = r"limited to excellent companies"


@pytest.mark.parametrize("question", [
    "A client asked me two things. 1) Can technical intern trainees stay the full 5 years at any company? 2) When we "
    "count their full-time employees for the quota, do the trainees they already have count too?",
    "Two questions: can every company keep technical intern trainees for the whole 5 years, and do trainees count as "
    "full-time employees?",
    "How many occupations does technical intern training cover? What is the longest training period, and can any "
    "company train for that long?",
])
def test_the_condition_beside_other_asks_en(bot, question: str) -> None:
    answered(bot, question, CONDITION)


@pytest.mark.parametrize("question", [
    "塗装業を営んでおります。技能実習の対象となる職種・作業はどのくらいあるのでしょうか。\nまた、実習期間は最長で何年でしょうか。"
    "どの会社でも最長期間まで実習させられるのか、条件があるのかも教えていただけますと幸いです。",
    "技能実習の職種はいくつありますか。実習期間は最長何年ですか。どの会社でも5年間実習できますか。",
    "①技能実習生は最長何年いられますか？②どこの企業でも同じですか？③常勤職員数に実習生は含まれますか？",
])
def test_the_condition_beside_other_asks_ja(bot, question: str) -> None:
    answered(bot, question, CONDITION, "優良")


def test_a_plain_length_among_other_asks_adds_no_condition(bot) -> None:
    answer = answered(bot, "How long can a technical intern trainee stay? And do trainees count as full-time "
                           "employees?")
    assert "limited to excellent" not in answer
