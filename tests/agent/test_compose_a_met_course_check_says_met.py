"""Class: a course check whose requirements are all met says so in those words in both languages ("meets the
Re-Skills course requirements checked here", 「認定要件を満たしています」), not only that the course "can be certified"
(en5i-20: the English reply never said the course meets the requirements; the Japanese one did)."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("A 40-hour AI course with 25 hours of practice: can it be a Re-Skills course?", "meets the Re-Skills course requirements"),
        ("AIの講座で、総時間40時間のうち実習が25時間です。Re-Skills講座の要件を満たしますか？", "満たしています"),
    ],
)
def test_a_met_check_says_the_requirements_are_met(bot, message: str, said: str):
    reply = converse(bot, message)
    assert any(call.name == "reskills_course_check" for call in reply.tool_calls)
    assert said in reply.answer, reply.answer


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("Our 40-hour cloud computing course has 18 hours of hands-on labs, the rest is lectures. Is that enough "
         "practical content for Re-Skills certification?", "does not meet the Re-Skills course requirements"),
        ("IoT分野の講座で、全体40時間のうち実習が18時間です。認定要件を満たせますか？", "満たしていません"),
    ],
)
def test_a_failed_check_says_the_requirements_are_not_met(bot, message: str, said: str):
    """The same in the other direction: a course that fails says it does not meet the requirements, not only that it
    cannot be certified (en6e-23)."""
    reply = converse(bot, message)
    assert any(call.name == "reskills_course_check" for call in reply.tool_calls)
    assert said in reply.answer.split("\n")[0], reply.answer
