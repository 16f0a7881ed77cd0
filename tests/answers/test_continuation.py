"""Class: a quoted sentence that adds to the one before it ("In addition, if the recipient company is small ...")
is quoted with that sentence when it answers in part too: the addition's subject (the nursing care occupations,
the program) is named there, so the reply names it. Asked in both languages and several ways."""

from __future__ import annotations


import pytest

from bot.answers.select import UnitRanker
from bot.answers.units import build_units, encode_units
from bot.contracts import Passage
from tests.knowledge import repo_analyzer

TEXT = ("The trainees and the companies establish an employee-employer relationship. "
        "For nursing care occupations, full-time employees are limited to those whose main job is nursing care. "
        "In addition, if the recipient company is small (with less than 30 full-time employees), the maximum number "
        "of recipients per year is limited to 10% of the number of full-time employees.")


@pytest.fixture(scope="module")
def ranker() -> UnitRanker:
    return UnitRanker(repo_analyzer())


@pytest.mark.parametrize("question", [
    "介護職種で常勤職員が30人未満の小規模な事業所の場合、年間の受入れ人数の上限は常勤職員数の何割ですか。",
    "介護の小規模事業所の受入れ上限は何%ですか",
    "For nursing care, what is the maximum number of recipients per year for a small company with less than 30 full-time employees?",
    "What percentage of full-time staff can a small nursing care company accept each year?",
])
def test_an_addition_is_quoted_with_the_sentence_it_adds_to(ranker: UnitRanker, question: str) -> None:
    p = Passage(chunk_id="titp::1", doc_id="titp", title="Doc", section="Quota", program="titp", text=TEXT,
                units=encode_units(build_units(TEXT, "Quota")))
    quoted = " ".join(t for _, units in ranker.select(question, [p]).picked for t in units)
    assert "10%" in quoted
    assert "nursing care occupations" in quoted
