"""An applicant's facts come from statements about the user, never from a question about how many others took part
("How many interns took part in FY2023?", 2023年度に何人のインターンが参加しましたか): the statistics question runs no calculator."""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calculators
from tests.knowledge import repo_understander

U = repo_understander()

APPLICANT = ("nationality", "age", "jlpt_level", "english_proficient", "residing_in_japan", "participated_fiscal_years")


@pytest.mark.parametrize("text", [
    "How many interns took part in the METI Japan Internship Program in FY2023, and from how many countries? "
    "I need the official figure for my article.",
    "How many Vietnamese students joined the JIP in FY2022?",
    "What was the number of participants in the internship program in FY2023?",
    "2023年度に何人のインターンが参加しましたか？",
    "2022年度のJIP参加者数は何人ですか？",
])
def test_a_question_about_how_many_others_took_part_states_nothing_of_the_user(text: str) -> None:
    parsed = U.parse(text)
    assert not [s for s in APPLICANT if s in parsed.slots], parsed.slots
    assert "jip_eligibility" not in parsed.intents + parsed.implied


@pytest.mark.parametrize("text,slot,value", [
    ("I took part in FY2023. Can I apply again?", "participated_fiscal_years", [2023]),
    ("2023年度に参加しました。また応募できますか？", "participated_fiscal_years", [2023]),
    ("I'm Vietnamese, 25, N3. Can I apply to JIP?", "nationality", "Viet Nam"),
])
def test_statements_about_the_user_still_count(text: str, slot: str, value) -> None:
    assert U.parse(text).slots.get(slot) == value


def test_the_statistics_question_runs_no_calculator(bot) -> None:
    reply = converse(bot, "How many interns took part in the METI Japan Internship Program in FY2023, and from how "
                          "many countries? I need the official figure for my article.")
    assert not calculators(reply)
