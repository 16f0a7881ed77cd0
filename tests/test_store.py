"""ChunkStore on a real Chroma: embedded (PersistentClient) and a real ``chroma run`` server (HttpClient)."""

from __future__ import annotations

import json

import pytest

from bot.chunking import Chunk
from bot.embeddings import OfflineEmbedder
from bot.errors import ConfigError, EmbedderMismatchError, StoreUnavailableError
from bot.ingest import ingest
from bot.settings import Settings
from bot.store import ChunkStore, open_store
from support import ChromaServer, free_port


def chunk(chunk_id: str, text: str, doc_id: str = "doc", position: int = 0, program: str = "jip") -> Chunk:
    meta = {
        "doc_id": doc_id, "title": f"Title of {doc_id}", "program": program, "section": "S", "as_of": "",
        "source": "test", "language": "en", "position": position, "doc_hash": "h", "path": f"{doc_id}.md",
    }
    return Chunk(chunk_id=chunk_id, doc_id=doc_id, text=text, metadata=meta)


def put(store: ChunkStore, chunks: list[Chunk]) -> None:
    store.upsert(chunks, store.embedder.embed_documents([c.text for c in chunks]))


@pytest.fixture
def store(settings: Settings) -> ChunkStore:
    return open_store(settings, OfflineEmbedder(settings.offline_dim))


def test_upsert_get_query_and_delete(store: ChunkStore) -> None:
    put(store, [
        chunk("a::1", "Activity support funds are 3,000 yen per day for in-person internships.", "a", 0),
        chunk("a::2", "Online interns receive the equivalent of 1,000 yen per day.", "a", 1),
        chunk("b::1", "Technical intern trainees may stay for up to five years.", "b", 0, program="titp"),
    ])

    assert store.count() == 3
    hits = store.query("support funds yen per day in-person", 2)
    assert [h.chunk_id for h in hits][0] == "a::1"
    assert 0.0 <= hits[0].distance < hits[1].distance <= 2.0
    assert hits[0].metadata["doc_id"] == "a" and hits[0].text.startswith("Activity support funds")
    assert [c.chunk_id for c in store.get(["b::1", "missing", "a::1"])] == ["b::1", "a::1"]
    assert store.ids_by_doc() == {"a": {"a::1", "a::2"}, "b": {"b::1"}}

    store.delete(["a::2"])

    assert store.count() == 2 and store.ids_by_doc()["a"] == {"a::1"}


def test_same_text_has_cosine_distance_zero(store: ChunkStore) -> None:
    text = "Peripheral work: 30% or less of the total training hours."
    put(store, [chunk("c::1", text)])

    assert store.query(text, 1)[0].distance == pytest.approx(0.0, abs=1e-4)


def test_query_filters_by_metadata(store: ChunkStore) -> None:
    put(store, [
        chunk("a::1", "five years stay", "a", program="jip"),
        chunk("b::1", "five years stay", "b", program="titp"),
        chunk("b::2", "five years stay again", "b", 1, program="titp"),
    ])

    assert {h.chunk_id for h in store.query("five years", 5, where={"program": "titp"})} == {"b::1", "b::2"}
    assert [h.chunk_id for h in store.query("five years", 5, where={"program": "titp", "position": 1})] == ["b::2"]
    assert [c.chunk_id for c in store.all_chunks(where={"doc_id": "a"})] == ["a::1"]


def test_query_edge_cases(store: ChunkStore) -> None:
    assert store.query("anything", 5) == []  # empty index
    put(store, [chunk("a::1", "text")])
    assert store.query("   ", 5) == []
    assert store.query("text", 0) == []
    assert len(store.query("text", 50)) == 1  # k larger than the index


def test_all_chunks_is_in_document_order_and_documents_summarises(store: ChunkStore) -> None:
    put(store, [chunk("b::2", "b two", "b", 1), chunk("a::1", "a one", "a", 0), chunk("b::1", "b one", "b", 0)])

    assert [c.chunk_id for c in store.all_chunks()] == ["a::1", "b::1", "b::2"]
    assert [(d["doc_id"], d["chunks"], d["as_of"], d["program"]) for d in store.documents()] == [
        ("a", 1, None, "jip"),
        ("b", 2, None, "jip"),
    ]


def test_all_chunks_pages_through_large_collections(store: ChunkStore) -> None:
    put(store, [chunk(f"d::{i:05d}", f"text number {i}", "d", i) for i in range(4500)])

    assert [c.metadata["position"] for c in store.all_chunks()] == list(range(4500))
    assert len(store.metadata_by_id()) == 4500


def test_generation_changes_on_every_write_and_not_on_reads(store: ChunkStore) -> None:
    g0 = store.generation()
    store.query("x", 3)
    store.all_chunks()
    assert store.generation() == g0

    put(store, [chunk("a::1", "one")])
    g1 = store.generation()
    c = chunk("a::1", "one")
    c.metadata["title"] = "New title"
    store.update_metadata([c])
    g2 = store.generation()
    store.delete(["a::1"])
    g3 = store.generation()

    assert len({g0, g1, g2, g3}) == 4
    assert store.get(["a::1"]) == []


def test_generation_is_seen_by_another_store_on_the_same_index(settings: Settings, store: ChunkStore) -> None:
    reader = open_store(settings, OfflineEmbedder(settings.offline_dim))
    before = reader.generation()

    put(store, [chunk("a::1", "one")])

    assert reader.generation() != before


def test_other_embedder_is_a_clear_error_and_reset_fixes_it(settings: Settings, store: ChunkStore) -> None:
    put(store, [chunk("a::1", "one")])

    with pytest.raises(EmbedderMismatchError, match=r"bot ingest --rebuild") as info:
        open_store(settings, OfflineEmbedder(512))
    assert "offline-hash-v2-1024" in str(info.value) and "offline-hash-v2-512" in str(info.value)

    rebuilt = open_store(settings, OfflineEmbedder(512), reset=True)
    assert rebuilt.count() == 0 and rebuilt.info()["embedder"] == "offline-hash-v2-512"
    assert rebuilt.info()["dimension"] == 512


def test_store_follows_a_rebuild_made_by_another_client(settings: Settings, store: ChunkStore) -> None:
    put(store, [chunk("a::1", "old text")])
    other = open_store(settings, OfflineEmbedder(settings.offline_dim), reset=True)  # e.g. bot ingest --rebuild
    put(other, [chunk("b::1", "new text")])

    assert [h.chunk_id for h in store.query("text", 5)] == ["b::1"]
    assert store.count() == 1


def test_store_refuses_an_index_rebuilt_by_another_client_with_another_embedder(
    settings: Settings, store: ChunkStore
) -> None:
    put(store, [chunk("a::1", "old text")])
    put(open_store(settings, OfflineEmbedder(256), reset=True), [chunk("b::1", "new text")])

    with pytest.raises(EmbedderMismatchError, match="bot ingest --rebuild"):
        store.query("text", 5)


def test_vectors_of_the_wrong_size_are_refused(store: ChunkStore) -> None:
    with pytest.raises(EmbedderMismatchError):
        store.upsert([chunk("a::1", "one")], [[1.0, 0.0, 0.0]])


def test_collection_metadata_records_embedder_and_cosine_space(store: ChunkStore) -> None:
    info = store.info()

    assert info["embedder"] == "offline-hash-v2-1024" and info["dimension"] == 1024
    assert info["ingest_state"] == "idle"
    config = store._collection.configuration_json  # the space is Chroma configuration, not our metadata
    assert config["hnsw"]["space"] == "cosine"


def test_index_saves_its_hnsw_graph_every_100_writes(store: ChunkStore) -> None:
    # A new process re-inserts the vectors written since the last save on its first query: few of them.
    hnsw = store._collection.configuration_json["hnsw"]

    assert hnsw["sync_threshold"] == 100
    assert hnsw["ef_construction"] == 100 and hnsw["max_neighbors"] == 16  # recall: Chroma's defaults


def test_an_ingest_retunes_an_index_made_with_chromas_default_save_interval(settings: Settings, store: ChunkStore) -> None:
    put(store, [chunk("a::1", "Technical intern trainees may stay for up to five years.", "a")])
    store._collection.modify(configuration={"hnsw": {"sync_threshold": 1000}})  # as older versions made it
    reader = open_store(settings, OfflineEmbedder(settings.offline_dim))
    assert reader._collection.configuration_json["hnsw"]["sync_threshold"] == 1000  # reading changes nothing

    ingest(settings, reader)

    hnsw = open_store(settings, OfflineEmbedder(settings.offline_dim))._collection.configuration_json["hnsw"]
    assert hnsw["sync_threshold"] == 100 and hnsw["space"] == "cosine"
    assert reader.count() > 1 and reader.query("Japan Internship Program period", 1)[0].metadata["doc_id"] != "a"


def test_reset_empties_the_collection(store: ChunkStore) -> None:
    put(store, [chunk("a::1", "one")])
    g = store.generation()

    store.reset()

    assert store.count() == 0 and store.generation() != g


def test_unreachable_server_is_a_clear_error(settings: Settings) -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(StoreUnavailableError, match="cannot be reached"):
        open_store(settings.model_copy(update={"chroma_url": f"http://127.0.0.1:{port}"}), OfflineEmbedder(64))


def test_invalid_server_url_is_a_config_error(settings: Settings) -> None:
    with pytest.raises(ConfigError):
        open_store(settings.model_copy(update={"chroma_url": "ftp://host:1"}), OfflineEmbedder(64))


# --- a real Chroma server (the chroma_server fixture is in conftest.py) ---------------------------------


@pytest.mark.slow
def test_chroma_server_ingest_and_query(chroma_server: ChromaServer, settings: Settings) -> None:
    remote = settings.model_copy(update={"chroma_url": chroma_server.url})
    store = open_store(remote, OfflineEmbedder(remote.offline_dim))

    first = ingest(remote, store)
    second = ingest(remote, open_store(remote, OfflineEmbedder(remote.offline_dim)))
    hits = store.query("activity support funds per day online internship", 3, where={"program": "jip"})

    assert first.ok and first.added == 4 and first.chunks == store.count() > 0
    assert second.embedded == 0 and second.unchanged == 4
    assert hits and all(h.metadata["doc_id"] == "meti-japan-internship-program" for h in hits)
    assert store.location == chroma_server.url
    assert not remote.chroma_dir.exists()  # nothing was written to the embedded index
    with pytest.raises(EmbedderMismatchError, match="bot ingest --rebuild"):
        open_store(remote, OfflineEmbedder(256))

    # Another client rebuilds the collection on the server: this client follows it.
    before = store.generation()
    rebuilt = ingest(remote, open_store(remote, OfflineEmbedder(remote.offline_dim), reset=True), rebuild=True)
    assert rebuilt.added == 4
    assert store.generation() != before
    assert store.count() == first.chunks
    after = store.query("activity support funds per day online internship", 3, where={"program": "jip"})
    assert [h.chunk_id for h in after] == [h.chunk_id for h in hits]  # same ids: they derive from the content


@pytest.mark.slow
def test_chroma_server_going_away_is_a_clear_error(chroma_server: ChromaServer, settings: Settings) -> None:
    remote = settings.model_copy(update={"chroma_url": chroma_server.url})
    store = open_store(remote, OfflineEmbedder(64))
    assert store.count() == 0

    chroma_server.stop()

    with pytest.raises(StoreUnavailableError, match="cannot be reached"):
        store.count()
    with pytest.raises(StoreUnavailableError, match="cannot be reached"):
        store.query("anything", 3)


def test_embedded_generation_is_read_from_the_stamp_file_and_follows_a_rebuild(settings: Settings, store: ChunkStore) -> None:
    put(store, [chunk("a::1", "one")])
    reader = open_store(settings, OfflineEmbedder(settings.offline_dim))
    before = reader.generation()
    stamp_files = list(settings.chroma_dir.glob(".bot-generation-*.json"))
    assert len(stamp_files) == 1 and before.startswith(json.loads(stamp_files[0].read_text())["generation"])

    open_store(settings, OfflineEmbedder(settings.offline_dim), reset=True)  # another client's --rebuild
    assert reader.generation() != before

    rebuilt = reader.generation()
    stamp_files[0].unlink()  # an index from before the stamp file: the collection metadata still answers
    assert reader.generation() == rebuilt


def test_a_write_interrupted_before_its_stamp_still_changes_the_generation(store: ChunkStore) -> None:
    """While an ingest is marked running, the token also counts rows: a write whose stamp never came
    (the ingest was killed) is not mistaken for the old contents."""
    put(store, [chunk("a::1", "one")])
    store.set_ingest_state("running")
    before = store.generation()
    store._collection.add(ids=["a::2"], embeddings=[store.embedder.embed_query("two")], documents=["two"], metadatas=[{"doc_id": "a"}])

    assert store.generation() != before and ":running:" in before


def test_a_preloaded_store_answers_and_writes_like_any_other(settings: Settings, store: ChunkStore) -> None:
    # preload() loads the dense index in a thread; the first query and the first write wait for it.
    put(store, [
        chunk("a::1", "Activity support funds are 3,000 yen per day for in-person internships.", "a", 0),
        chunk("b::1", "Technical intern trainees may stay for up to five years.", "b", 0, program="titp"),
    ])
    expected = [(h.chunk_id, round(h.distance, 6)) for h in store.query("support funds per day", 2)]
    fresh = open_store(settings, OfflineEmbedder(settings.offline_dim))

    fresh.preload()
    fresh.preload()  # a second call while loading (or after) changes nothing

    assert [(h.chunk_id, round(h.distance, 6)) for h in fresh.query("support funds per day", 2)] == expected
    put(fresh, [chunk("c::1", "Online interns receive the equivalent of 1,000 yen per day.", "c", 0)])
    assert fresh.count() == 3


def test_preloading_an_empty_index_is_harmless(store: ChunkStore) -> None:
    store.preload()

    assert store.query("anything at all", 3) == [] and store.count() == 0
