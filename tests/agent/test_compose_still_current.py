"""Class: a question whether a figure the user heard is still so ("is for 14 industries. Is 14 still the number
now?", 14分野と聞きましたが今もそうですか) asks for the current figure: it is answered with the quoted figure and the
note on what changed since (16 in 2024, 19 in 2026), not refused, and no limit of the passage leads it. A person
the user names ("My friend who runs a restaurant") asks for no office."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question", [
    "My friend who runs a restaurant told me Specified Skilled Worker No.1 (tokutei ginou 1) is for 14 industries. "
    "Is 14 still the number now? We are thinking to hire one for our food factory.",
    "Is it still 14 fields for Specified Skilled Worker No.1?",
    "Does Specific Skill No. 1 still cover 14 industries these days?",
    "特定技能1号は14分野だと聞きましたが、今もそうですか？",
    "特定技能1号の対象は今でも14分野ですか？",
])
def test_still_the_figure_gets_the_update(bot, question: str) -> None:
    answer = answered(bot, question, r"14", r"(?<![\d.,])(?:16|19)(?![\d])")
    assert not answer.startswith(("Only in part", "No", "一部", "いいえ")), answer


@pytest.mark.parametrize("question", [
    "My friend who runs a restaurant told me Specified Skilled Worker No.1 is for 14 industries. Is 14 still the "
    "number now?",
    "Our manager who handles hiring said the JIP is over. Is that true?",
    "A consultant who manages several trainees told me the quota is 3. Is that right?",
])
def test_a_person_the_user_names_asks_for_no_office(question: str) -> None:
    assert "office" not in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", ["Is there anything Tokyo offers for SMEs? who runs it?",
                                      "Do you know who runs the Tokyo support project?",
                                      "and who operates the project?"])
def test_who_runs_asked_still_asks_the_office(question: str) -> None:
    assert "office" in AnswerTypes.load().classify(question).types


@pytest.mark.parametrize("question", [
    "How many years max can a technical intern trainee stay in our company? my friend says 3 years, another says 5. "
    "Also roughly how many kinds of jobs are covered by the system?",
])
def test_a_count_asked_beside_a_limit_keeps_the_limit_lead(bot, question: str) -> None:
    """A count of what changed since (the occupations) asked beside a span is no 'still so?' ask: the five years
    limited to excellent companies still lead."""
    answered(bot, question, r"(?:excellent|優良)")
