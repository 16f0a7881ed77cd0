"""Class: a yes/no ask whose answer is a condition ("can any company keep trainees 5 years?" -> only excellent
ones) is answered with the condition quoted, also when the program it is about is named only in the hearsay lead
before it ("技能実習って最長5年って聞いたんですが、…") and a later ask names another program (特定技能1号): the lead is
part of what is searched, not a self-introduction set aside."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "技能実習って最長5年って聞いたんですが、どの会社でも5年まで受け入れられるんですか？あと特定技能1号は何年働けて、"
    "分野はいくつあるんでしたっけ？",
    "技能実習は最長5年だと聞いたのですが、どの会社でも5年受け入れられますか？それと特定技能1号は何年働けますか？",
])
def test_the_condition_is_quoted_beside_the_other_program(bot, question: str) -> None:
    answered(bot, question, r"優良|excellent", r"5年|5 years|five years")


@pytest.mark.parametrize("question", [
    "Can any company keep technical intern trainees for 5 years? And how many years can a Specific Skill No.1 "
    "holder work?",
    "I heard technical intern training is up to 5 years. Can any company keep trainees that long? Also how many "
    "fields does Specific Skill No. 1 have?",
])
def test_the_condition_is_quoted_in_english(bot, question: str) -> None:
    answered(bot, question, r"(?i)excellent", r"(?i)\b(5|five) years\b")
