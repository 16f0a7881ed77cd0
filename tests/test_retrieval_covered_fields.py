"""What a program covers (its fields, the kinds of courses it certifies) finds the passage that lists them.

"Re-Skills講座の対象になる分野を教えてください", "Which fields are covered by Re-Skills?": the answer is the Re-Skills
passage "The first certification is given to educational courses ... in the following fields: 1. AI, IoT, data
science and cloud computing ... 2. Advanced security ...". Two things lost it.

対象 (対象になる, 対象となる, 対象分野, どの分野が対象ですか) is what a rule covers: it reads as the concept ``covered``
(the documents' "Courses covered"), as the negated forms (対象外, 対象にならない) read as ``excluded``.

The fusion: the dense side's short list holds a third of the passages; a passage BM25 ranked first or second that was
not on it had no dense rank at all, and every passage on both lists outvoted it (rank 8). A passage of the program the
question names now gets the dense rank it can be expected to have (the middle of the ranks after the list), so BM25
orders the program's passages the dense side did not list; a question that names no program keeps the plain fusion.
"""

from __future__ import annotations

import pytest

from bot.retrieval import HybridRetriever
from tests.knowledge import rank_of, repo_analyzer

FIELDS_PASSAGE = "AI, IoT, data science and cloud computing"


@pytest.mark.parametrize("question", [
    "Re-Skills講座の対象になる分野を教えてください。",
    "Re-Skills講座の対象分野は？",
    "Reスキル講座はどんな分野が対象ですか？",
    "Re-Skillsの対象となる講座の分野は何ですか",
    "リスキル講座って、どの分野が対象になりますか？",
    "Re-Skills講座の対象になる分野を教えてください。それと、Excelの基本操作みたいな初心者向けのIT研修でも認定ってもらえますか？",
    "Which fields are covered by Re-Skills?",
    "what fields does the re-skills program cover",
    "what fields can a reskills course cover?",
    "what kinds of courses can be certified as Re-Skills courses? we also have a basic PC and excel beginner course, "
    "can that one get certified?",
])
def test_the_fields_a_program_covers_find_the_list(retriever: HybridRetriever, question: str) -> None:
    result = retriever.search(question, k=5)
    rank = rank_of(result.passages, FIELDS_PASSAGE)
    assert rank is not None and rank <= 3, [p.section for p in result.passages]
    assert result.relevant, result.confidence


@pytest.mark.parametrize("question", [
    "Re-Skills講座の対象になる分野を教えてください。",
    "対象となる講座は？",
    "どの分野が対象ですか？",
    "Re-Skillsの対象分野",
    "Which courses are covered?",
])
def test_taisho_asks_what_is_covered(question: str) -> None:
    assert "covered" in repo_analyzer().analyze(question).concepts


@pytest.mark.parametrize("question", [
    "Excelの講座は対象外ですか？",
    "基礎的なIT講座は対象にならないですか？",
    "初心者向けの講座は対象となりませんか？",
    "Are basic IT courses not covered?",
])
def test_not_covered_is_excluded_not_covered(question: str) -> None:
    concepts = repo_analyzer().analyze(question).concepts
    assert "excluded" in concepts and "covered" not in concepts, concepts


def test_taisho_bunya_is_both_the_fields_and_what_is_covered() -> None:
    concepts = repo_analyzer().analyze("Re-Skills講座の対象分野は？").concepts
    assert {"fields", "covered", "reskills"} <= set(concepts), concepts


@pytest.mark.parametrize(("question", "program"), [
    ("Re-Skills講座の対象になる分野を教えてください。", "reskills"),
    ("技能実習 最長 期間", "titp"),
    ("Which fields are covered by Re-Skills?", "reskills"),
])
def test_bm25_top_of_the_named_program_is_not_lost_by_the_fusion(
    retriever: HybridRetriever, question: str, program: str
) -> None:
    """BM25's first two passages of the named program's documents stay in the fused top 3, whether or not the dense
    side's short list holds them."""
    analysis = retriever.analyzer.analyze(question)
    snap, lexical = retriever.lexical_side(analysis, retriever.candidates, None)
    dense = retriever.dense_side(analysis, retriever.dense_candidates, None, snap)
    fused = [c.chunk_id for c in retriever.fuse(snap, lexical, dense, analysis)[:3]]
    own = [cid for cid, _, row in lexical if snap.metadata[row].get("program") == program][:2]
    best_first = lexical[0][0]
    assert best_first in fused or snap.metadata[snap.row[best_first]].get("program") != program
    assert any(cid in fused for cid in own), (own, fused)


def test_a_question_naming_no_program_keeps_the_plain_fusion(retriever: HybridRetriever) -> None:
    """BM25's best passage for an off-topic question is no better evidence than the dense side's: it is not lifted,
    and the question stays below the threshold."""
    question = "How many points do I need for Japanese permanent residency under the highly skilled professional system?"
    assert not retriever.search(question, k=5).relevant
