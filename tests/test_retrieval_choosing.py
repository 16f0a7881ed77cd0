"""How a host company (internship destination) is chosen (fresh batch i: eni-12): the words of choosing and picking, in
English and Japanese (選ぶ, 決まる, 選考), belong to the matching concept of knowledge/vocabulary.yaml,
so the question finds the JIP passage that says destinations are decided after matching and interviews instead of
being refused as a question about words no document uses. "selected" is left out: "if I'm selected for the
internship" is about the applicant, not the host (ret-in-31).
"""

from __future__ import annotations

import re

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import repo_analyzer

QUESTIONS = [
    "How is the host company chosen? Do I pick it myself?",
    "Can I choose my host company for the internship?",
    "Do I get to choose which company I intern at in the JIP?",
    "How are internship destinations picked?",
    "受入れ企業はどうやって決まりますか？自分で選べますか？",
    "インターン先の企業は自分で選ぶのですか？",
    "JIPの受け入れ先はどのように選考されますか？",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_choosing_a_host_finds_the_matching_passage(retriever: HybridRetriever, question: str) -> None:
    assert "hearing" in repo_analyzer().analyze(question).concepts
    result = retriever.search(question, k=8)
    assert result.relevant, result.confidence
    assert any(re.search(r"matching", p.text) for p in result.passages[:3]), [p.text[:80] for p in result.passages[:3]]
