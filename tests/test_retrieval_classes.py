"""Search classes found on batch k and the open i-j cases: each test states a class with several phrasings.

1. Numbers: a number in a question, as digits or as a word, finds a passage that writes it the other way
   ("5年間" / "5 years" find "up to five years"), and the documents' own words stay as they are.
2. Who hosts: "受入れ側" (the receiving side) is the company, so a question about what the receiving side must
   meet finds the passage about the companies (and supervising organizations) that may keep trainees longest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import repo_analyzer


def _rank(retriever: HybridRetriever, question: str, marker: str, k: int = 8) -> int | None:
    result = retriever.search(question, k=k)
    return next((i + 1 for i, p in enumerate(result.passages) if marker in p.text), None)


# --- 1. numbers in digits and in words ---------------------------------------------------------------------


@pytest.mark.parametrize("question,word", [
    ("Can a trainee stay 5 years?", "five"),
    ("Is the maximum five years?", "5"),
    ("技能実習は5年間いられますか？", "five"),
    ("What are the 2 types of Specific Skills?", "two"),
    ("How many fields, twelve?", "12"),
])
def test_a_number_in_a_question_is_read_in_both_spellings(question: str, word: str) -> None:
    analysis = repo_analyzer().analyze(question)
    assert any(word in u.tokens for u in analysis.units), [(u.label, sorted(u.tokens)) for u in analysis.units]


def test_documents_keep_their_number_words() -> None:
    """Only the question is read both ways: a text's "two types" is not the stage term "type 2"."""
    analyzer = repo_analyzer()
    assert "2" not in analyzer.document_tokens("There are two types of Specific Skills.")
    assert "no2" not in analyzer.document_concepts("There are two types of Specific Skills.")


@pytest.mark.parametrize("question", [
    "What conditions must a company meet to keep a technical intern for the full 5 years?",
    "Which companies can keep technical intern trainees for 5 years?",
    "Can every company train technical interns for up to 5 years?",
])
def test_five_years_in_digits_finds_the_passage_that_writes_five(retriever: HybridRetriever, question: str) -> None:
    rank = _rank(retriever, question, "up to five years")
    assert rank is not None and rank <= 3, rank


# --- 2. the receiving side is the company --------------------------------------------------------------------


@pytest.mark.parametrize("question", ["受入れ側の条件は？", "受け入れ側に求められることは？", "受入側の要件"])
def test_the_receiving_side_is_the_company(question: str) -> None:
    assert "company" in repo_analyzer().analyze(question).concepts
