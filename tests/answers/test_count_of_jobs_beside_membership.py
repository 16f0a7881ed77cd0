"""Class: "how many jobs (in total) are there?" asks the count of a list (occupations), not a tally of the past;
beside "is welding one of the jobs?" the unit that states the count and names the item ("156 tasks in 85
occupations, including ... welding ...") answers both, never a refusal for an unstated statistic."""

from __future__ import annotations

import pytest

from bot.answers.types import AnswerTypes
from tests.agent.each_asking_part import answered


@pytest.mark.parametrize("question, item", [
    ("Salom! I am welder, 4 years experience in Tashkent. Is welding one of the jobs in technical intern training? "
     "How many jobs in total are there in the system?", r"(?i)weld"),
    ("Is painting one of the technical intern training jobs? How many jobs are there in total?", r"(?i)paint"),
    ("how many jobs in total does technical intern training have, and is plastic molding one?", r"(?i)plastic"),
    ("溶接工です。溶接は技能実習の職種に入っていますか？職種は全部でいくつありますか？", r"(?i)weld"),
])
def test_the_count_and_the_item(bot, question: str, item: str) -> None:
    answered(bot, question, r"\b85\b", item)


@pytest.mark.parametrize("question", [
    "How many jobs in total are there in the system?",
    "how many jobs are there in total?",
    "How many job types are there altogether right now?",
])
def test_a_count_of_jobs_is_no_tally(types: AnswerTypes, question: str) -> None:
    assert "tally" not in types.classify(question).kinds.get("number", ())
