"""A question that asks for a list of supports ("does Tokyo have some support for us?", 都の支援ってありますか)
answered by a section written as prose: the section's following sentences are the rest of the list (each
names one support), quoted with the first though they share few words with the question, in both languages.
A question that asks no list keeps the single sentence that answers."""

from __future__ import annotations


import pytest

from bot.answers.select import UnitRanker
from bot.answers.units import build_units, encode_units
from bot.contracts import Passage
from tests.knowledge import repo_analyzer

SECTION = ("Tokyo has established the “Tokyo WorkNet.”\n\nIt provides know-how regarding recruitment and employment "
           "of foreigners and mutual understanding.\n\nWith the support of the temporary staffing agency Pasona, we "
           "are promoting the “Small and Medium-sized Businesses Foreign Human Resources Acceptance Support Project.”")
OTHER = "The Technical Intern Training System is a system wherein foreign trainees acquire skills."


def _passage(text: str, chunk_id: str, section: str) -> Passage:
    return Passage(chunk_id=chunk_id, doc_id=chunk_id.split("::")[0], title="Doc", section=section, program="",
                   text=text, units=encode_units(build_units(text, section)))


@pytest.fixture(scope="module")
def ranker() -> UnitRanker:
    return UnitRanker(repo_analyzer())


@pytest.mark.parametrize("question", [
    "Does Tokyo have some support for us?",
    "does tokyo metro gov have any support program for hiring foreigners?",
    "Is there any help from Tokyo for small companies hiring foreign staff?",
    "東京の中小企業なんですが、外国人材の受入れについて都の支援ってありますか？",
    "東京都は外国人の雇用でどんな支援をしていますか",
    "都がなにか支援やってるって聞いたんだけど、どんなのがあるのかな",
])
def test_the_rest_of_a_prose_list_of_supports_is_quoted(ranker: UnitRanker, question: str) -> None:
    passages = [_passage(SECTION, "w::1", "Small and medium-sized business accepting foreign human resources"),
                _passage(OTHER, "t::1", "Technical Intern Training System")]
    selection = ranker.select(question, passages)
    quoted = " ".join(selection.picked[0][1])
    assert "Tokyo WorkNet" in quoted and "Pasona" in quoted, selection.picked


def test_no_list_asked_keeps_the_sentences_that_answer(ranker: UnitRanker) -> None:
    passages = [_passage(SECTION, "w::1", "Small and medium-sized business accepting foreign human resources")]
    selection = ranker.select("What does the Tokyo WorkNet provide?", passages)
    assert "Pasona" not in " ".join(selection.picked[0][1]), selection.picked
