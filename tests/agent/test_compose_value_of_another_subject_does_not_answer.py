"""The value's subject must be the asked subject: a date of another subject (a JLPT exam date, a plan's processing time)
does not answer; the age reference date asked is the age unit."""

from __future__ import annotations

import pytest

from support import converse


@pytest.mark.parametrize("question,closest", [
    ("when is JLPT exam in manila this year? need N3 for JIP", None),
    ("What is the date of the next JLPT test for JIP applicants?", None),
    ("JIPに必要なJLPTの試験はいつありますか", None),
    ("技能実習計画の認定申請から認定までの標準処理期間は何日ですか。受入れスケジュールを逆算したいので。", None),
    ("技能実習計画の審査期間はどのくらいですか", None),
    ("How long does it take for a technical intern training plan to be certified after applying?", None),
    ("What is the standard processing time for a technical intern training plan?", None),
])
def test_a_value_of_another_subject_does_not_answer(bot, question: str, closest) -> None:
    reply = converse(bot, question)
    assert reply.refused, reply.answer
    assert "August 1, 2024" not in reply.answer.split("\n\n")[0] and "5 years" not in reply.answer.split("\n\n")[0]


@pytest.mark.parametrize("question", [
    "Per the FY2024 Japan Internship Program call, on which exact date is the applicant's age assessed?",
    "As of what date is the age of JIP applicants counted?",
    "JIPの応募者の年齢は何月何日時点で判断されますか",
    "JIPの年齢は何日時点で判断されますか",
])
def test_the_age_reference_date_is_the_age_unit(bot, question: str) -> None:
    reply = converse(bot, question)
    assert not reply.refused and "18 to 40 years old as of August 1, 2024" in reply.answer, reply.answer
