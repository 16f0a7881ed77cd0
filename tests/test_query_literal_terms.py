"""The analyzer's public accessor for the Japanese words a question uses for its concepts (``literal_terms``).

The answer layer (bot/answers/focus.py) asks which words of a question spell the concepts it matched ("東京都"
for tokyo_government): the accessor gives them longest first, filtered by concept, without the caller reading the
analyzer's private list.
"""

from __future__ import annotations

import pytest

from tests.knowledge import repo_analyzer

ANALYZER = repo_analyzer()


@pytest.mark.parametrize("question, concept, term", [
    ("東京都の支援は無料ですか", "tokyo_government", "都の支援"),
    ("東京都で働けますか", "tokyo_government", "東京都"),
    ("技能実習2号の後はどうなりますか", "titp", "技能実習"),
    ("技能実習2号の後はどうなりますか", "no2", "2号"),
    ("Re-Skills講座の認定は誰が申請できますか", "certification", "認定"),
    ("必要書類は何ですか", "documents", "必要書類"),
])
def test_terms_of_a_concept_longest_first(question: str, concept: str, term: str) -> None:
    found = ANALYZER.literal_terms(question, {concept})
    assert found and found[0] == term
    assert all(len(a) >= len(b) for a, b in zip(found, found[1:]))


def test_every_concept_and_the_pieces_inside_a_longer_term() -> None:
    found = ANALYZER.literal_terms("東京都の支援は無料ですか")
    assert "東京都" in found and "東京" in found  # a piece of a longer term is found too (unlike analyze)
    assert "支援" in found
    assert len(found) == len(set(found))


def test_no_terms_of_other_concepts_or_latin_words() -> None:
    assert ANALYZER.literal_terms("東京都の支援は無料ですか", {"titp"}) == []
    assert ANALYZER.literal_terms("How long can a trainee stay?") == []


def test_agrees_with_the_concepts_analyze_finds() -> None:
    question = "特定技能1号の在留期間は？"
    concepts = set(ANALYZER.analyze(question).concepts)
    assert concepts
    for term in ANALYZER.literal_terms(question, concepts):
        assert term in question
