"""Class: the sentence quoted beside a calculated eligibility verdict is the criterion on what the user said about
themselves that no calculator checks (a graduate: the graduation certificate and recommendation letter; a
student: the enrollment certificate), in English and Japanese, before a sentence that only shares more of the
message's words, and before the language criterion when the user states a language fact too (the check states that
one itself: en6l-33); a failed criterion's rule (the first query) still comes first."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answers.select import UnitRanker
from bot.answers.units import build_units, encode_units
from bot.contracts import Passage
from bot.query import TextAnalyzer, load_vocabulary

REQUIREMENTS = """Applicants must meet all the following

- The applicants must agree with the purpose of this project and be able to cooperate with the promotion of globalization of Japanese companies and the building networks with overseas universities through internships.
- Holding citizenship of the applicable countries or regions. However, those currently residing in Japan are not eligible.
- Proficiency in Japanese language (JLPT level N3 or higher) or proficiency in English.
- In principle, those who are 18 to 40 years old as of August 1, 2024.
- Students must be able to submit a certificate of enrollment from their university or other institution and a letter of recommendation from their university or university faculty, etc. Graduates must be able to submit a certificate of graduation from their previous university and a letter of recommendation from their university faculty or institution, etc.
"""


def _passage() -> Passage:
    section = "Application Requirement"
    return Passage(chunk_id="jip::1", doc_id="jip", title="JIP", section=section, program="jip",
                   text=REQUIREMENTS, units=encode_units(build_units(REQUIREMENTS, section)))


@pytest.fixture(scope="module")
def ranker() -> UnitRanker:
    root = Path(__file__).resolve().parents[2]
    return UnitRanker(TextAnalyzer(load_vocabulary(root / "knowledge")))


@pytest.mark.parametrize("message", [
    "JIPでインターン受入れを検討している会社の担当です。候補者はベトナム国籍の29歳、現地の大学を卒業済みで、JLPT N2を持っています。",
    "I graduated from a university in Indonesia last year, I'm 26 with JLPT N3. Can I apply for the internship?",
    "My candidate has graduated from university in Vietnam and speaks English. Is she eligible for the internship program?",
])
def test_a_graduate_gets_the_graduates_criterion(ranker: UnitRanker, message: str) -> None:
    found = ranker.supporting_quote([message], [_passage()])
    assert found is not None and found[1].startswith("Graduates must"), found


@pytest.mark.parametrize("message", [
    "I'm a 22-year-old university student in Manila with good English. Am I eligible for the internship program?",
    "フィリピン国籍の大学生で、21歳です。英語ができます。インターンシップに応募できますか？",
    # a language fact beside it (its criterion is the one the check states itself): the student's documents first
    "Hello! I'm Kenyan, 26, a final-year student at the University of Nairobi and I live in Nairobi. English is fluent "
    "(it's our official language), no JLPT. Am I eligible for JIP, and what do I need to get from my university?",
    "ベトナムの大学生で、JLPTはN4しか持っていませんが英語は得意です。応募できますか？",
])
def test_a_student_gets_the_students_criterion(ranker: UnitRanker, message: str) -> None:
    found = ranker.supporting_quote([message], [_passage()])
    assert found is not None and found[1].startswith("Students must"), found


def test_a_failed_rule_still_comes_first(ranker: UnitRanker) -> None:
    rule = "Applicants must be 18 to 40 years old as of August 1, 2024."
    found = ranker.supporting_quote([rule, "I'm 45 and graduated in 2005. Can I apply to the internship?"], [_passage()])
    assert found is not None and "40 years old" in found[1], found


def test_nothing_said_about_oneself_keeps_the_best_match(ranker: UnitRanker) -> None:
    found = ranker.supporting_quote(["I am 30 and speak English. Can I apply to the internship?"], [_passage()])
    assert found is not None and not found[1].startswith(("Students", "Graduates")), found
