"""A share of a stated count that is the count a rule needs (knowledge/nlu/*.yaml ``count_shares``).

The class: "60% of our 40 staff are care workers" in nursing care, 「常勤職員は全部で40名で、そのうち6割が介護職員」, "50
employees, 80% of them full-time": the count is the total times the share (24, 40), computed exactly and said in the
reply; a share that gives no whole number ("two thirds of 40", 「40名の3分の1」) or one said only roughly ("about half",
「6割程度」) is asked, never rounded; a care-staff share outside nursing care changes nothing.
"""

from __future__ import annotations

import pytest

from support import converse
from tests.agent.reading_checks import calls_named
from tests.knowledge import repo_understander

WHOLE = [
    ("60% of our 40 full-time staff are care workers. We want nursing care trainees. How many?", 24),
    ("We run a nursing home: 30 full-time employees, half of them care workers. Nursing care trainee quota?", 15),
    ("Care home, 45 full-time staff, two thirds of them are caregivers. How many nursing care trainees?", 30),
    ("We have 50 employees and 80% of them are full-time. How many trainees?", 40),
    ("介護職種で受け入れたいです。常勤職員は全部で40名で、そのうち6割が介護職員です。何人まで？", 24),
    ("介護の実習生を受け入れたい。常勤40名のうち60%が介護職員です。", 24),
    ("常勤30名のうち3分の2が介護職員です。介護職種で何人？", 20),
    ("従業員50名のうち8割が正社員です。実習生は何人まで？", 40),
]


@pytest.mark.parametrize(("text", "count"), WHOLE)
def test_a_share_of_the_count_is_the_total_times_the_share(text, count) -> None:
    parsed = repo_understander().parse(text)
    assert parsed.slots.get("full_time_employees") == count
    assert parsed.notes and parsed.notes[0][1]["count"] == count


ASKED = [
    ("We run a nursing home with 40 full-time staff, two thirds of them are care workers. Nursing care quota?"),
    ("We run a nursing home: 30 full-time employees, about half of them care workers. Nursing care trainee quota?"),
    ("常勤40名のうち3分の1が介護職員です。介護職種で何人？"),
    ("介護職種です。常勤職員は40名で、そのうち6割程度が介護職員です。"),
]


@pytest.mark.parametrize("text", ASKED)
def test_a_share_with_no_exact_whole_count_is_asked(text) -> None:
    parsed = repo_understander().parse(text)
    assert "full_time_employees" not in parsed.slots and "full_time_employees" in parsed.errors


def test_a_care_share_outside_nursing_care_keeps_the_count() -> None:
    parsed = repo_understander().parse("We are a metal workshop with 40 full-time staff; 60% of them are welders.")
    assert parsed.slots.get("full_time_employees") == 40


@pytest.mark.parametrize(("text", "said"), [
    ("We run a nursing home. 60% of our 40 full-time staff are care workers. How many nursing care trainees can we "
     "take?", "60% of the 40 you gave is 40 × 60% = 24"),
    ("介護付き有料老人ホームです。介護職種で技能実習生を受け入れたい。常勤職員は全部で40名で、そのうち6割が介護職員です。1号は何人まで？",
     "40 × 6割 = 24人"),
], ids=["en", "ja"])
def test_the_quota_runs_on_the_share_and_says_it(bot, text, said) -> None:
    reply = converse(bot, text)
    assert [call.args["full_time_employees"] for call in calls_named(reply, "trainee_quota")] == [24]
    assert said in reply.answer
