"""Class: a purpose or reason part (what is its purpose, why does it exist, 何のための制度) beside another ask (when
it started) gets the unit that states the aim (the transfer of skills to developing regions), not only the
founding sentence."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "when did the technical intern training system start in japan and what is it purpose actually? my uncle say it "
    "is just cheap labour for japanese factories",
    "When was the technical intern training program established and what is its purpose?",
    "For a briefing to new staff: when did the Foreign Technical Internship System start, and what is its purpose?",
    "技能実習制度はいつ始まりましたか？何のための制度ですか？",
])
def test_a_purpose_part_beside_the_start_gets_the_aim(bot, question: str) -> None:
    answered(bot, question, r"1993", r"transfer")


def test_a_purpose_asked_alone_gets_the_aim(bot) -> None:
    answered(bot, "What is the purpose of the technical intern training system?", r"transfer")
