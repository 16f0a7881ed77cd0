"""Class: "can course X be certified / is X covered" about a course the documents exclude (a beginners' PC or Excel
course is a fundamental and basic IT skill course) answers no and quotes the exclusion first, then what else the
message asks (the requirements on the organization). A one-word question after the plan ("Possible?") asks the
yes/no. English and Japanese."""

from __future__ import annotations

import pytest

from bot.answers.limits import Limits
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "We want to certify our 'Basic PC and Excel for beginners' course as a Re-Skills course. Possible?",
    "We plan to certify our Excel course. Is that possible?",
    "Our course teaches computer basics. Doable?",
])
def test_a_one_word_question_after_a_plan_asks_yes_no(question: str) -> None:
    assert Limits.load().asks_yes_no(question)


@pytest.mark.parametrize("question", [
    "We are IT school. We want to certify our 'Basic PC and Excel for beginners' course as a Fourth Industrial "
    "Revolution Skills Course. Possible? Also what conditions must our organization itself meet?",
    "We'd like to get our basic PC course certified as a Fourth Industrial Revolution Skills Course. Possible? Also, "
    "what conditions apply to our organization?",
])
def test_the_exclusion_answers_first(bot, question: str) -> None:
    answer = answered(bot, question, r"(?i)basic", r"(?i)exclud", r"(?i)(?:lecturer|facilit|financ|resources)")
    first = answer.split("\n\n")[1] if answer.startswith("No") else answer.split("\n\n")[0]
    assert "excluded" in first or answer.startswith("No"), answer


@pytest.mark.parametrize("question", [
    "初心者向けのパソコン講座をReスキル講座として認定してもらうことはできますか？また、運営する団体にはどんな要件がありますか？",
    "エクセルの基本操作を教える講座ですが、第四次産業革命スキル習得講座の認定を受けられますか？",
])
def test_the_exclusion_answers_first_in_japanese(bot, question: str) -> None:
    answered(bot, question, r"対象外|除外|除か", r"(?i)basic IT skill courses are excluded")
