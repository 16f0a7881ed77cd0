"""Hybrid retrieval on a real index built from a private copy of the knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.contracts import SearchResult
from bot.embeddings import OfflineEmbedder, make_embedder
from bot.ingest import ingest
from bot.retrieval import HybridRetriever, build_retriever, split_sentences
from bot.settings import Settings
from bot.store import ChunkStore, open_store
from support import ChromaServer

TITP = "technical-intern-training-system"
WAASA = "waasa-foreign-talent-support"
JIP = "meti-japan-internship-program"
RESKILLS = "meti-reskills-courses"

NEW_DOC = """---
id: demo-kaizen-grants
title: Kaizen grants for small factories
program: general
source: test fixture
as_of: "2025-04"
language: en
---

## Grants

The zorblatt subsidy pays up to 2 million yen to factories with a kaizen plan. It is paid once.
"""


@pytest.fixture
def store(indexed_store: ChunkStore) -> ChunkStore:
    return indexed_store


@pytest.fixture
def retriever(settings: Settings, store: ChunkStore) -> HybridRetriever:
    return build_retriever(settings, store)


# --- ranking --------------------------------------------------------------------------------------------
def test_paraphrase_finds_the_five_year_passage(retriever: HybridRetriever) -> None:
    result = retriever.search("How long can a trainee stay?")
    top = result.passages[0]
    assert result.relevant
    assert top.doc_id in (WAASA, TITP) and "Technical Intern" in top.section
    assert "maximum period is 5 years" in top.snippet
    assert all(sentence in top.text for sentence in split_sentences(top.snippet))  # quotable as it stands


@pytest.mark.parametrize(
    ("query", "doc_id", "quote"),
    [
        ("Do I need N3?", JIP, "N3"),
        ("What is No.2?", WAASA, "No. 2"),
        ("How do I use e-Gov?", RESKILLS, "e-Gov"),
        ("peripheral work share", TITP, "30% or less"),
        ("online internship allowance per day", JIP, "1,000 yen"),
        ("Which fields can move from No. 1 to No. 2?", WAASA, "construction"),
    ],
)
def test_exact_terms_and_quotable_snippets(retriever: HybridRetriever, query: str, doc_id: str, quote: str) -> None:
    result = retriever.search(query)
    assert result.relevant
    assert result.passages[0].doc_id == doc_id
    assert quote in result.passages[0].snippet


def test_passages_carry_citation_fields(retriever: HybridRetriever) -> None:
    result = retriever.search("Who can apply for the METI internship?", k=3)
    assert len(result.passages) == 3
    p = result.passages[0]
    assert p.doc_id == JIP and p.chunk_id.startswith(f"{JIP}::")
    assert p.title.startswith("METI") and p.program == "jip" and p.as_of == "FY2024"
    assert p.section and p.text and p.snippet and len(p.snippet) <= 400
    assert p.score > 0 and (p.dense_score is not None or p.lexical_score is not None)
    scores = [q.score for q in result.passages]
    assert scores == sorted(scores, reverse=True)
    assert len({q.chunk_id for q in result.passages}) == 3


def test_filters(retriever: HybridRetriever) -> None:
    jip_only = retriever.search("training requirements", k=5, program="jip")
    assert jip_only.passages and {p.program for p in jip_only.passages} == {"jip"}
    one_doc = retriever.search("training", k=5, doc_id=TITP)
    assert one_doc.passages and {p.doc_id for p in one_doc.passages} == {TITP}
    both = retriever.search("training", program="titp", doc_id=JIP)
    assert both.passages == [] and not both.relevant and "filters" in (both.message or "")


def test_k_is_bounded(retriever: HybridRetriever) -> None:
    assert len(retriever.search("trainee", k=1).passages) == 1
    assert len(retriever.search("trainee", k=0).passages) == 1
    assert len(retriever.search("trainee", k=10_000).passages) <= 50


# --- confidence -----------------------------------------------------------------------------------------
IN_SCOPE = [
    "How long can a trainee stay?",
    "How many technical intern trainees can a small nursing care company accept?",
    "Can I join the METI internship if I live in Japan?",
    "What percentage of a Re-Skills course must be practical?",
    "Can Specific Skill No.2 be renewed?",
    "What is the activity support fund for online interns?",
]
OUT_OF_SCOPE = [
    "What's a good recipe for miso soup?",
    "Who won the Champions League final?",
    "How do I get a tourist visa for Canada?",
    "What is the corporate tax rate in Singapore?",
    "Will it snow in Sapporo next week?",
    "明日の天気は?",
]


@pytest.mark.parametrize("query", IN_SCOPE)
def test_in_scope_questions_are_relevant(retriever: HybridRetriever, query: str) -> None:
    result = retriever.search(query)
    assert result.relevant and result.confidence >= retriever.threshold


@pytest.mark.parametrize("query", OUT_OF_SCOPE)
def test_out_of_scope_questions_fall_below_the_threshold(retriever: HybridRetriever, query: str) -> None:
    result = retriever.search(query)
    assert not result.relevant and result.confidence < retriever.threshold


def test_threshold_comes_from_settings(settings: Settings, store: ChunkStore) -> None:
    strict = build_retriever(settings.model_copy(update={"relevance_threshold": 1.0}), store)
    assert strict.threshold == 1.0
    assert not strict.search("How long can a trainee stay?").relevant


# --- bad input ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["", "   ", "\n\t", "\x00\x07\x1b"])
def test_empty_query_is_a_message(retriever: HybridRetriever, query: str) -> None:
    result = retriever.search(query)
    assert result.passages == [] and not result.relevant and result.confidence == 0.0
    assert "empty" in (result.message or "")


@pytest.mark.parametrize("query", ["😀🎉🍣", "?!?!", "what is it"])
def test_nothing_searchable_is_a_message(retriever: HybridRetriever, query: str) -> None:
    result = retriever.search(query)
    assert result.passages == [] and not result.relevant and "no words" in (result.message or "")


def test_huge_query_is_shortened_not_fatal(retriever: HybridRetriever) -> None:
    query = "How long can a trainee stay? " + "blah " * 20_000  # ~100,000 characters
    result = retriever.search(query)
    assert "shortened" in (result.message or "")
    assert len(result.query) <= 4000 and result.passages


def test_control_characters_and_emoji_around_a_real_question(retriever: HybridRetriever) -> None:
    result = retriever.search("\x1b[1m😀 How\u200b long can a trainee\x00 stay? 🙏\x07")
    assert result.relevant and "maximum period is 5 years" in result.passages[0].snippet


def test_japanese_question_uses_the_vocabulary(retriever: HybridRetriever) -> None:
    result = retriever.search("介護の技能実習生の受け入れ人数の上限は?")
    assert result.relevant and result.passages[0].doc_id == TITP
    assert "nursing care" in " ".join(p.snippet for p in result.passages[:2])


def test_result_is_json_serialisable(retriever: HybridRetriever) -> None:
    result = retriever.search("JLPT N3 🇯🇵 要件")
    again = SearchResult.model_validate(json.loads(result.model_dump_json()))
    assert again == result and 0.0 <= result.confidence <= 1.0


def test_empty_index_is_a_message(settings: Settings) -> None:
    empty = open_store(settings.model_copy(update={"collection": "empty"}), make_embedder(settings))
    result = build_retriever(settings, empty).search("How long can a trainee stay?")
    assert result.passages == [] and not result.relevant and "bot ingest" in (result.message or "")


# --- staying in step with the index ---------------------------------------------------------------------
def test_new_document_is_findable_after_reingest(settings: Settings, store: ChunkStore, retriever: HybridRetriever) -> None:
    before = retriever.search("zorblatt kaizen")
    assert not before.relevant
    (Path(settings.docs_dir) / "demo-kaizen-grants.md").write_text(NEW_DOC, encoding="utf-8")
    assert ingest(settings, store).ok
    after = retriever.search("zorblatt kaizen")
    assert after.relevant and after.passages[0].doc_id == "demo-kaizen-grants"
    assert after.passages[0].snippet.startswith("The zorblatt subsidy")


def test_sentence_splitting_keeps_stage_numbers_whole() -> None:
    text = "There are two types. “Specific Skill No. 1” can work for 5 years.\n- Pre-training\n- Insurance"
    assert split_sentences(text) == [
        "There are two types.",
        "“Specific Skill No. 1” can work for 5 years.",
        "Pre-training",
        "Insurance",
    ]


# --- a real Chroma server (the chroma_server fixture is in conftest.py) ---------------------------------


@pytest.mark.slow
def test_hybrid_search_on_a_chroma_server_follows_another_clients_ingest(settings: Settings, chroma_server: ChromaServer) -> None:
    remote = settings.model_copy(update={"chroma_url": chroma_server.url})
    store = open_store(remote, OfflineEmbedder(remote.offline_dim))
    assert ingest(remote, store).ok
    retriever = build_retriever(remote, store)
    assert retriever.search("Do I need N3?").passages[0].doc_id == JIP

    (Path(remote.docs_dir) / "demo-kaizen-grants.md").write_text(NEW_DOC, encoding="utf-8")
    assert ingest(remote, open_store(remote, OfflineEmbedder(remote.offline_dim))).ok  # another client
    assert retriever.search("zorblatt kaizen").passages[0].doc_id == "demo-kaizen-grants"
    assert not remote.chroma_dir.exists()


def test_concurrent_searches_during_an_ingest(settings: Settings, store: ChunkStore, retriever: HybridRetriever) -> None:
    """The app serves several users at once: searches racing an ingest neither fail nor stay stale."""
    from concurrent.futures import ThreadPoolExecutor

    (Path(settings.docs_dir) / "demo-kaizen-grants.md").write_text(NEW_DOC, encoding="utf-8")
    questions = ["How long can a trainee stay?", "zorblatt kaizen", "JLPT N3", "e-Gov"] * 10
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(retriever.search, q) for q in questions]
        assert ingest(settings, store).ok
        results = [f.result(timeout=120) for f in futures]
    assert all(r.passages for r in results)
    assert retriever.search("zorblatt kaizen").passages[0].doc_id == "demo-kaizen-grants"


# --- a Chroma server that goes away ------------------------------------------------------------------------
@pytest.mark.slow
def test_search_on_a_stopped_chroma_server_raises_store_unavailable_logged_once(
    settings: Settings, chroma_server: ChromaServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A stopped server is an error that names the server, not an empty result that reads as "the
    documents say nothing"; the outage is logged once, not once per query."""
    from bot.errors import StoreUnavailableError

    remote = settings.model_copy(update={"chroma_url": chroma_server.url})
    store = open_store(remote, OfflineEmbedder(remote.offline_dim))
    assert ingest(remote, store).ok
    retriever = build_retriever(remote, store)
    assert retriever.search("maximum period of the internship").passages  # works while the server runs

    chroma_server.stop()
    caplog.clear()
    with caplog.at_level("WARNING", logger="bot.store"):
        for _ in range(3):
            with pytest.raises(StoreUnavailableError) as info:
                retriever.search("maximum period of the internship")
            assert chroma_server.url in str(info.value)

    outage_logs = [r for r in caplog.records if r.name == "bot.store" and "cannot be reached" in r.getMessage()]
    assert len(outage_logs) == 1


# --- the persisted BM25 index ------------------------------------------------------------------------------
def test_a_new_process_loads_the_saved_index_and_ranks_the_same(settings: Settings, store: ChunkStore) -> None:
    first = build_retriever(settings, store)
    expected = first.search("How long can a trainee stay?", k=5)
    assert first.lexical.rebuilds == 1 and first.lexical.loads == 0

    second = build_retriever(settings, open_store(settings, make_embedder(settings)))  # as a fresh process would
    result = second.search("How long can a trainee stay?", k=5)

    assert second.lexical.loads == 1 and second.lexical.rebuilds == 0
    assert result.model_dump() == expected.model_dump()
