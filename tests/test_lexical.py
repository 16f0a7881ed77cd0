"""BM25 over the store: exact terms, filters, and staying in step with the collection."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.embeddings import make_embedder
from bot.ingest import ingest
from bot.lexical import LexicalIndex
from bot.query import TextAnalyzer, load_vocabulary
from bot.settings import Settings
from bot.store import ChunkStore, open_store

NEW_DOC = """---
id: demo-kaizen-grants
title: Kaizen grants for small factories
program: general
source: test fixture
as_of: "2025-04"
language: en
---

## Grants

The zorblatt subsidy pays up to 2 million yen to factories with a kaizen plan.
"""


@pytest.fixture
def store(indexed_store: ChunkStore) -> ChunkStore:
    return indexed_store


@pytest.fixture
def index(settings: Settings, store: ChunkStore) -> LexicalIndex:
    return LexicalIndex(store, TextAnalyzer(load_vocabulary(settings.knowledge_dir)))


def top_docs(index: LexicalIndex, query: str, k: int = 3, filters: dict | None = None) -> list[str]:
    snap = index.snapshot()
    hits = index.search(index.analyzer.analyze(query).units, k, filters)
    return [snap.metadata[h.index]["doc_id"] for h in hits]


@pytest.mark.parametrize(
    ("query", "doc_id"),
    [
        ("e-Gov", "meti-reskills-courses"),
        ("N3", "meti-japan-internship-program"),
        ("No.2", "waasa-foreign-talent-support"),
        ("1993", "technical-intern-training-system"),
        ("Pasona", "waasa-foreign-talent-support"),
        ("3,000 yen", "meti-japan-internship-program"),
    ],
)
def test_exact_terms_find_their_document(index: LexicalIndex, query: str, doc_id: str) -> None:
    assert top_docs(index, query, 1) == [doc_id]


def test_no2_matches_the_stage_not_every_number_two(index: LexicalIndex) -> None:
    snap = index.snapshot()
    hits = index.search(index.analyzer.analyze("Specific Skill No. 2").units, 1)
    assert "No. 2" in snap.texts[hits[0].index]


def test_filters_restrict_the_candidates(index: LexicalIndex) -> None:
    docs = top_docs(index, "training courses requirements", 10, {"program": "jip"})
    assert docs and set(docs) == {"meti-japan-internship-program"}
    only_waasa = top_docs(index, "training", 10, {"doc_id": "waasa-foreign-talent-support"})
    assert only_waasa and set(only_waasa) == {"waasa-foreign-talent-support"}
    assert top_docs(index, "training", 10, {"program": "no-such-program"}) == []


def test_scores_are_positive_and_sorted(index: LexicalIndex) -> None:
    hits = index.search(index.analyzer.analyze("peripheral work share of training time").units, 10)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True) and all(s > 0 for s in scores)


def test_unchanged_store_is_not_rebuilt(index: LexicalIndex) -> None:
    index.snapshot()
    index.snapshot()
    index.search(index.analyzer.analyze("trainee").units, 3)
    assert index.rebuilds == 1


def test_reingest_makes_a_new_document_findable_and_a_deleted_one_gone(
    settings: Settings, store: ChunkStore, index: LexicalIndex
) -> None:
    assert top_docs(index, "zorblatt") == []
    new = Path(settings.docs_dir) / "demo-kaizen-grants.md"
    new.write_text(NEW_DOC, encoding="utf-8")
    assert ingest(settings, store).ok
    assert top_docs(index, "zorblatt subsidy", 1) == ["demo-kaizen-grants"]
    assert index.rebuilds == 2

    new.unlink()
    ingest(settings, store)
    assert top_docs(index, "zorblatt") == []


def test_a_write_by_another_store_object_is_seen(settings: Settings, store: ChunkStore, index: LexicalIndex) -> None:
    """Another process (a second `bot ingest`) writes through its own client: the generation tells us."""
    index.snapshot()
    (Path(settings.docs_dir) / "demo-kaizen-grants.md").write_text(NEW_DOC, encoding="utf-8")
    other = open_store(settings, make_embedder(settings))
    ingest(settings, other)
    assert top_docs(index, "kaizen", 1) == ["demo-kaizen-grants"]


def test_empty_store_gives_no_hits(settings: Settings) -> None:
    empty = open_store(settings, make_embedder(settings))
    index = LexicalIndex(empty, TextAnalyzer())
    assert index.snapshot().size == 0
    assert index.search(index.analyzer.analyze("trainee").units, 5) == []


def test_idf_is_scaled_and_unknown_words_weigh_most(index: LexicalIndex) -> None:
    snap = index.snapshot()
    assert snap.idf("zzzunknown") == pytest.approx(1.0)
    assert 0.0 <= snap.idf("japan") < snap.idf("pasona") < 1.0


def test_a_program_named_in_the_title_counts_for_every_chunk_of_its_document(index: LexicalIndex) -> None:
    """"age limit ... METI internship": the JIP chunk with "18 to 40 years old" ranks above JIP chunks that
    only repeat the program's name, because the title names the program for all of them."""
    snap = index.snapshot()
    analysis = index.analyzer.analyze("Is there an age limit for the government internship program run by METI?")
    jip_unit = next(u for u in analysis.units if u.concept == "jip")
    assert jip_unit.document
    jip_rows = [i for i, m in enumerate(snap.metadata) if m["doc_id"] == "meti-japan-internship-program"]
    jip_only = snap.score_units([jip_unit])
    assert len({float(jip_only[i]) for i in jip_rows}) == 1 and jip_only[jip_rows[0]] > 0  # one value per document
    age_row = next(i for i in jip_rows if "18 to 40 years old" in snap.texts[i])

    def rank(units: list) -> int:
        scores = snap.score_units(units)
        return sorted(range(snap.size), key=lambda i: -scores[i]).index(age_row)

    chunk_level = [replace(u, document=False) for u in analysis.units]
    assert rank(analysis.units) < rank(chunk_level)
    scores = snap.score_units(analysis.units)
    assert scores[age_row] == max(scores[i] for i in jip_rows)


def test_a_word_of_the_question_is_not_spread_over_a_document(index: LexicalIndex) -> None:
    snap = index.snapshot()
    units = index.analyzer.analyze("welding").units
    assert not any(u.document for u in units)
    scores = snap.score_units(units)
    assert sum(1 for s in scores if s > 0) == sum(1 for row in range(snap.size) if "weld" in snap.token_set(row))
