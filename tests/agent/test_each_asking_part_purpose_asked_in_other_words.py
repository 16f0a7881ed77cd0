"""Class: a purpose asked in other words ("what is it meant to do", "what is it supposed to achieve", "what is it
for", 何をするための制度) is a reason ask: the aim is quoted (the transfer of skills to developing regions), and the
asking words ("meant", "supposed") are never named as a subject the documents do not mention."""

from __future__ import annotations

import pytest

from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "Quick check for a client briefing: when was the foreign Technical Intern Training system set up, what is it "
    "meant to do, and what's the longest a trainee can stay?",
    "When did the technical intern training system start and what is it for?",
    "what is the technical intern training system supposed to achieve?",
    "What is the Technical Intern Training Program meant to do?",
    "技能実習制度は何をするための制度ですか？最長何年いられますか？",
    "技能実習制度の目的は？いつできたの？",
])
def test_a_purpose_asked_in_other_words_gets_the_aim(bot, question: str) -> None:
    answer = answered(bot, question, r"transfer")
    assert "meant" not in answer.split("\n")[0] and "supposed" not in answer.split("\n")[0]


@pytest.mark.parametrize("question", [
    "Quick check for a client briefing: when was the foreign Technical Intern Training system set up, what is it "
    "meant to do, and what's the longest a trainee can stay?",
    "When was the technical intern training system set up, what is it supposed to do, and how long can trainees stay?",
])
def test_a_purpose_beside_the_start_and_the_longest_stay_gets_each(bot, question: str) -> None:
    answered(bot, question, r"1993", r"transfer", r"(?i)five years|5 years")
