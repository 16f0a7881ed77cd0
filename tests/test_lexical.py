"""BM25 over the store: exact terms, filters, and staying in step with the collection."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bot.embeddings import make_embedder
from bot.ingest import ingest
from bot.lexical import LexicalIndex, cache_dir_for
from bot.query import TextAnalyzer, load_vocabulary
from bot.settings import Settings
from bot.store import ChunkStore, open_store

REPO_ROOT = Path(__file__).resolve().parent.parent

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


# --- the saved index: one per store generation, checked before use ----------------------------------------
def cached_index(settings: Settings, store: ChunkStore) -> LexicalIndex:
    cache = cache_dir_for(settings.data_dir, store.location, store.collection_name)
    return LexicalIndex(store, TextAnalyzer(load_vocabulary(settings.knowledge_dir)), cache_dir=cache)


def cache_files(index: LexicalIndex) -> list[Path]:
    assert index.cache_dir is not None
    return sorted(p for p in index.cache_dir.rglob("*") if p.is_file() and not p.name == "manifest.json")


QUESTIONS = ["N3", "maximum period internship", "No.2 support", "trainee welding", "e-Gov application"]


def rankings(index: LexicalIndex) -> list[list[tuple[str, float]]]:
    return [[(h.chunk_id, round(h.score, 9)) for h in index.search(index.analyzer.analyze(q).units, 5)] for q in QUESTIONS]


def test_saved_index_is_loaded_memory_mapped_and_scores_like_the_built_one(settings: Settings, store: ChunkStore) -> None:
    built = cached_index(settings, store)
    expected = rankings(built)
    assert built.rebuilds == 1 and cache_files(built)

    loaded = cached_index(settings, store)
    snap = loaded.snapshot()

    assert loaded.loads == 1 and loaded.rebuilds == 0
    assert rankings(loaded) == expected
    built_snap = built.snapshot()
    assert snap.size == built_snap.size and list(snap.texts) == list(built_snap.texts)
    assert [snap.token_set(i) for i in range(snap.size)] == [built_snap.token_set(i) for i in range(snap.size)]
    assert all(snap.df(t) == built_snap.df(t) for t in ("n3", "intern", "weld", "nosuchword"))
    assert isinstance(snap._data.base, np.memmap) or isinstance(snap._data, np.memmap)  # read from disk on demand


@pytest.mark.parametrize("damage", ["truncate", "flip", "delete"])
def test_a_damaged_cache_is_detected_and_rebuilt_never_used(settings: Settings, store: ChunkStore, damage: str) -> None:
    expected = rankings(cached_index(settings, store))
    first = cached_index(settings, store)
    for path in cache_files(first):
        if damage == "truncate":
            path.write_bytes(path.read_bytes()[: max(0, path.stat().st_size // 2)])
        elif damage == "flip":
            data = bytearray(path.read_bytes())
            if data:
                data[len(data) // 2] ^= 0xFF
            path.write_bytes(bytes(data))
        else:
            path.unlink()

    again = cached_index(settings, store)
    assert rankings(again) == expected
    assert again.loads == 0 and again.rebuilds == 1  # rebuilt from the store, and written again whole
    third = cached_index(settings, store)
    third.snapshot()
    assert third.loads == 1 and third.rebuilds == 0


def test_a_cache_of_another_generation_or_analyzer_is_not_used(settings: Settings, store: ChunkStore, tmp_path: Path) -> None:
    index = cached_index(settings, store)
    index.snapshot()

    store.update_metadata([])  # no-op: the generation stays
    same = cached_index(settings, store)
    same.snapshot()
    assert same.loads == 1

    (settings.docs_dir / "demo-kaizen-grants.md").write_text(NEW_DOC, encoding="utf-8")
    ingest(settings, store)  # a new generation
    after = cached_index(settings, store)
    assert "demo-kaizen-grants" in top_docs(after, "zorblatt", 1)
    assert after.loads == 0 and after.rebuilds == 1

    other_vocab = LexicalIndex(store, TextAnalyzer(), cache_dir=after.cache_dir)  # another vocabulary
    other_vocab.snapshot()
    assert other_vocab.loads == 0 and other_vocab.rebuilds == 1


def test_another_process_ingest_is_seen_by_a_running_index(settings: Settings, store: ChunkStore) -> None:
    index = cached_index(settings, store)
    assert top_docs(index, "zorblatt", 1) == []

    (settings.docs_dir / "demo-kaizen-grants.md").write_text(NEW_DOC, encoding="utf-8")
    env = {
        **os.environ,
        "BOT_DATA_DIR": str(settings.data_dir),
        "BOT_KNOWLEDGE_DIR": str(settings.knowledge_dir),
        "BOT_EMBEDDER": "offline",
    }
    env.pop("BOT_CHROMA_URL", None)
    subprocess.run([sys.executable, "-m", "bot", "ingest"], env=env, check=True, capture_output=True, cwd=REPO_ROOT)

    assert top_docs(index, "zorblatt", 1) == ["demo-kaizen-grants"]
