"""A Re-Skills question about a course whose stated kind decides the verdict (fresh batches d and e:
enf6-reskills-basic-it-excluded, jaf5-reskills-basic-it), EN and JA.

The class: when the message states a criterion that already decides (tasks.yaml `decided_by`: a basic IT course is
excluded), the calculator runs without asking for hours and the reply says which criterion fails and that the
hours would not change it. A course of a covered field with no hours is still asked for its hours.
"""

from __future__ import annotations

import pytest

from support import converse

EN = [
    "Our company made training course of fundamental IT skills, like PC operation and basic of network for new staff. Is it possible that this course is certified as Re-Skills course?",
    "Can our beginner Excel and Word course be certified as a Re-Skills course?",
    "We run an introductory computer skills course for new hires. Would it qualify for Re-Skills certification?",
    "Could an introductory basic IT skills class get certified as a Re-Skills course?",
]
JA = [
    "社員向けにやってる「ITの基礎」講座（Excel・Wordの基本操作）をRe-Skills講座として認定してもらうことはできますか？",
    "新人向けの基礎的なITスキルの研修（パソコン操作）ですが、Reスキル講座として認定される可能性はありますか？",
    "うちの入門的なパソコン講座はRe-Skills講座の認定を受けられますか？",
]


def _check(reply):
    calls = [c for c in reply.tool_calls if c.name == "reskills_course_check"]
    assert calls, ("the calculator did not run", reply.answer[:300])
    return calls[-1].args


@pytest.mark.parametrize("text", EN)
def test_english_a_basic_it_course_is_excluded_without_asking_hours(bot, text) -> None:
    reply = converse(bot, text)
    args = _check(reply)
    assert args["basic_it_only"] is True and "practical_hours" not in args
    assert "excluded" in reply.answer and "hours" in reply.answer and "cannot" in reply.answer


@pytest.mark.parametrize("text", JA)
def test_japanese_a_basic_it_course_is_excluded_without_asking_hours(bot, text) -> None:
    reply = converse(bot, text)
    args = _check(reply)
    assert args["basic_it_only"] is True and "practical_hours" not in args
    assert "対象外" in reply.answer and "時間数" in reply.answer


@pytest.mark.parametrize("text", ["Our AI course: can it be certified as Re-Skills course?",
                                  "うちのAI講座はRe-Skills講座として認定されますか？"])
def test_a_covered_course_without_hours_is_still_asked_for_them(bot, text) -> None:
    reply = converse(bot, text)
    assert not [c for c in reply.tool_calls if c.name == "reskills_course_check"]
