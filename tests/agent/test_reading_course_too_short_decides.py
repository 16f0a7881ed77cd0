"""A course whose total is at or under the later rounds' minimum length ("Is a 15-hour course eligible for Re-Skills?",
「15時間の講座はReスキルの対象？」) is answered on what already fails: the task is decided by a bound over the rule book
(knowledge/tasks.yaml ``decided_by``), so the practical hours are never asked; a longer course still asks them."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators


@pytest.mark.parametrize("text", [
    "Is a 15-hour course eligible for Re-Skills?",
    "We plan an 18 hour AI course. Can it be certified as a Re-Skills course?",
    "Our course is 12 hours in total. Does it qualify for Re-Skills?",
    "15時間の講座はReスキルの対象？",
    "全18時間の研修です。Reスキル講座の対象になりますか？",
    "総時間12時間のAI講座はReスキルの認定を受けられますか？",
], ids=["en-case", "en-ai-course", "en-in-total", "ja-case", "ja-kenshu", "ja-ai"])
def test_a_course_too_short_is_answered_without_its_practical_hours(bot, text: str) -> None:
    reply = converse(bot, text)
    (call,) = calculators(reply)
    assert call.name == "reskills_course_check" and "practical_hours" not in call.args
    assert {c["criterion"]: c["verdict"] for c in call.result["criteria"]}["minimum_length"] == "no"


@pytest.mark.parametrize("text", ["Is a 40-hour course eligible for Re-Skills?", "40時間の講座はReスキルの対象？"],
                         ids=["en", "ja"])
def test_a_longer_course_still_asks_its_practical_hours(bot, text: str) -> None:
    reply = converse(bot, text)
    assert not calculators(reply)


@pytest.mark.parametrize("text", [
    "Is a 15-hour course eligible for Re-Skills? and how many trainees can we take with 45 staff?",
    "常勤45名です。実習生は何人まで？それと15時間の講座はReスキルの対象ですか？",
], ids=["en", "ja"])
def test_a_course_too_short_among_several_asks_is_answered(bot, text: str) -> None:
    names = {c.name for c in calculators(converse(bot, text))}
    assert names == {"trainee_quota", "reskills_course_check"}
