"""Ingestion keeps the index exactly in step with the documents: incremental, idempotent, nothing lost on
bad input, and repaired after a real SIGKILL half-way."""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.chunking import chunk_document
from bot.corpus import load_corpus
from bot.embeddings import OfflineEmbedder
from bot.errors import ConfigError
from bot.ingest import chunking_key, document_key, ingest
from bot.settings import Settings
from bot.store import ChunkStore, open_store

REPO_ROOT = Path(__file__).resolve().parent.parent


class CountingEmbedder(OfflineEmbedder):
    """The real offline embedder, recording every text it was asked to embed."""

    def __init__(self, dim: int) -> None:
        super().__init__(dim)
        self.embedded: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded.extend(texts)
        return super().embed_documents(texts)


def expected_index(settings: Settings, docs_dir: Path | None = None) -> dict[str, dict]:
    """The chunks the documents should produce, straight from corpus + chunking: {chunk_id: (text, metadata)}."""
    docs = load_corpus(docs_dir or settings.docs_dir).documents
    chunking = chunking_key(settings)
    return {
        c.chunk_id: {"text": c.text, "metadata": {**c.metadata, "ingest_key": document_key(d, chunking)}}
        for d in docs
        for c in chunk_document(d, settings.chunk_size, settings.chunk_overlap)
    }


def stored_index(store: ChunkStore) -> dict[str, dict]:
    return {c.chunk_id: {"text": c.text, "metadata": c.metadata} for c in store.all_chunks()}


def assert_index_exact(store: ChunkStore, settings: Settings, docs_dir: Path | None = None) -> None:
    expected = expected_index(settings, docs_dir)
    stored = stored_index(store)
    assert sorted(stored) == sorted(expected), "chunk ids differ (missing or left-over chunks)"
    assert stored == expected, "chunk text or metadata differ"
    assert store.count() == len(expected)
    positions = [(c.metadata["doc_id"], c.metadata["position"]) for c in store.all_chunks()]
    assert len(positions) == len(set(positions)), "two chunks claim the same place in a document"


@pytest.fixture
def embedder(settings: Settings) -> CountingEmbedder:
    return CountingEmbedder(settings.offline_dim)


@pytest.fixture
def store(settings: Settings, embedder: CountingEmbedder) -> ChunkStore:
    return open_store(settings, embedder)


def doc_file(settings: Settings, doc_id: str) -> Path:
    return settings.docs_dir / f"{doc_id}.md"


# --- incremental and idempotent --------------------------------------------------------------------------
def test_first_run_indexes_every_seed_chunk(settings: Settings, store: ChunkStore, embedder: CountingEmbedder) -> None:
    report = ingest(settings, store)

    assert report.ok and report.documents == 4 and report.added == 4
    assert report.embedded == report.chunks == report.chunks_added == len(embedder.embedded) > 0
    assert_index_exact(store, settings)


def test_second_run_over_unchanged_documents_embeds_nothing(
    settings: Settings, store: ChunkStore, embedder: CountingEmbedder
) -> None:
    first = ingest(settings, store)
    generation = store.generation()
    embedder.embedded.clear()

    second = ingest(settings, store)

    assert embedder.embedded == [] and second.embedded == 0
    assert (second.added, second.updated, second.deleted, second.unchanged) == (0, 0, 0, 4)
    assert second.chunks == first.chunks and second.chunks_unchanged == first.chunks
    assert store.generation() == generation  # nothing changed, so readers need not rebuild anything
    assert_index_exact(store, settings)


def test_changed_document_replaces_exactly_its_changed_chunks(
    settings: Settings, store: ChunkStore, embedder: CountingEmbedder
) -> None:
    ingest(settings, store)
    before = stored_index(store)
    generation = store.generation()
    path = doc_file(settings, "meti-japan-internship-program")
    path.write_text(path.read_text().replace("3,000 yen per day", "3,500 yen per day"))
    embedder.embedded.clear()

    report = ingest(settings, store)

    after = stored_index(store)
    new_ids = set(after) - set(before)
    gone_ids = set(before) - set(after)
    assert (report.updated, report.unchanged, report.added, report.deleted) == (1, 3, 0, 0)
    assert len(new_ids) == len(gone_ids) == 1 == report.embedded == len(embedder.embedded)
    assert "3,500 yen per day" in after[new_ids.pop()]["text"]
    assert gone_ids.pop().startswith("meti-japan-internship-program::")
    # Other documents' chunks are untouched; the edited document's other chunks only get the new doc_hash.
    for chunk_id, row in after.items():
        if not chunk_id.startswith("meti-japan-internship-program::"):
            assert before[chunk_id] == row
    assert report.chunks_updated == len([i for i in after if i.startswith("meti-japan-internship-program::")]) - 1
    assert store.generation() != generation
    assert_index_exact(store, settings)


def test_front_matter_change_refreshes_metadata_without_re_embedding(
    settings: Settings, store: ChunkStore, embedder: CountingEmbedder
) -> None:
    ingest(settings, store)
    path = doc_file(settings, "technical-intern-training-system")
    path.write_text(path.read_text().replace("as_of: null", 'as_of: "2024-04"'))
    embedder.embedded.clear()

    report = ingest(settings, store)

    assert report.embedded == 0 and report.updated == 1 and report.chunks_updated > 0
    assert {c.metadata["as_of"] for c in store.all_chunks(where={"doc_id": "technical-intern-training-system"})} == {
        "2024-04"
    }
    assert_index_exact(store, settings)


def test_removed_document_loses_its_chunks(settings: Settings, store: ChunkStore) -> None:
    ingest(settings, store)
    doc_file(settings, "waasa-foreign-talent-support").unlink()

    report = ingest(settings, store)

    assert report.deleted == 1 and report.documents == 3 and report.chunks_deleted > 0
    assert "waasa-foreign-talent-support" not in store.ids_by_doc()
    assert_index_exact(store, settings)


def test_rebuild_embeds_everything_again(settings: Settings, store: ChunkStore, embedder: CountingEmbedder) -> None:
    first = ingest(settings, store)
    embedder.embedded.clear()

    report = ingest(settings, store, rebuild=True)

    assert report.rebuilt and report.added == 4 and report.embedded == first.chunks == len(embedder.embedded)
    assert_index_exact(store, settings)


def test_other_docs_dir_is_honoured(settings: Settings, store: ChunkStore, tmp_path: Path) -> None:
    other = tmp_path / "other-docs"
    other.mkdir()
    shutil.copy(doc_file(settings, "meti-reskills-courses"), other)

    report = ingest(settings, store, docs_dir=other)

    assert report.documents == 1 and list(store.ids_by_doc()) == ["meti-reskills-courses"]


def test_missing_docs_folder_is_an_error_and_leaves_the_index_alone(
    settings: Settings, store: ChunkStore, tmp_path: Path
) -> None:
    ingest(settings, store)
    count = store.count()

    with pytest.raises(ConfigError, match="not found"):
        ingest(settings, store, docs_dir=tmp_path / "typo")

    assert store.count() == count


# --- bad input: named, nothing lost ---------------------------------------------------------------------
BAD_FILES: list[tuple[str, bytes, str]] = [
    ("broken-front-matter.md", b"---\nid: [oops\ntitle: Broken\n---\nText\n", "broken front matter"),
    ("empty.md", b"", "file is empty"),
    ("binary.md", bytes(range(256)) * 4, "binary file"),
    ("latin1.md", "---\nid: latin\ntitle: Caf\xe9\n---\nR\xe9sum\xe9\n".encode("latin-1"), "not valid UTF-8"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_reported_and_every_good_document_indexed(
    settings: Settings, store: ChunkStore, name: str, content: bytes, reason: str
) -> None:
    (settings.docs_dir / name).write_bytes(content)

    report = ingest(settings, store)

    assert not report.ok
    assert [(e.file, reason in e.error) for e in report.errors] == [(name, True)]
    assert report.documents == 4 and set(store.ids_by_doc()) == {
        "meti-reskills-courses", "waasa-foreign-talent-support", "meti-japan-internship-program",
        "technical-intern-training-system",
    }
    assert_index_exact(store, settings)


def test_all_bad_inputs_at_once_including_a_duplicate_id(settings: Settings, store: ChunkStore) -> None:
    for name, content, _ in BAD_FILES:
        (settings.docs_dir / name).write_bytes(content)
    duplicate = doc_file(settings, "meti-reskills-courses").read_text().replace("title: METI", "title: Copy of METI")
    (settings.docs_dir / "zz-copy.md").write_text(duplicate)

    report = ingest(settings, store)

    reasons = {e.file: e.error for e in report.errors}
    assert set(reasons) == {name for name, _, _ in BAD_FILES} | {"zz-copy.md"}
    assert "duplicate id 'meti-reskills-courses'" in reasons["zz-copy.md"]
    assert report.documents == 4 and report.added == 4
    titles = {c.metadata["title"] for c in store.all_chunks(where={"doc_id": "meti-reskills-courses"})}
    assert titles == {"METI begins Accepting Applications for Certification as Fourth Industrial Revolution Skills Courses"}
    assert_index_exact(store, settings)


def test_a_document_broken_by_an_edit_keeps_its_chunks_until_fixed(settings: Settings, store: ChunkStore) -> None:
    ingest(settings, store)
    path = doc_file(settings, "meti-japan-internship-program")
    good = path.read_text()
    kept = store.ids_by_doc()["meti-japan-internship-program"]
    path.write_text(good.replace("id: meti-japan-internship-program", "id: [broken"))

    broken = ingest(settings, store)

    assert not broken.ok and broken.preserved == 1 and broken.deleted == 0
    assert store.ids_by_doc()["meti-japan-internship-program"] == kept

    path.write_text(good)
    fixed = ingest(settings, store)

    assert fixed.ok and fixed.unchanged == 4 and fixed.embedded == 0
    assert_index_exact(store, settings)


def test_interrupted_run_is_noticed_and_stamped(settings: Settings, store: ChunkStore) -> None:
    ingest(settings, store)
    store.set_ingest_state("running")  # what a run killed after its first write leaves behind
    generation = store.generation()

    report = ingest(settings, store)

    assert report.repaired and store.info()["ingest_state"] == "idle"
    assert store.generation() != generation


# --- a real SIGKILL half-way ------------------------------------------------------------------------------
WORDS = (
    "trainee quota employer internship support yen day year visa residence skill nursing care company "
    "application requirement course training hours program office certificate japanese english level "
    "construction shipbuilding welding food industry field examination plan supervisor organization"
).split()


def write_generated_corpus(folder: Path, n_docs: int, seed: int, *, version: int = 0, prefix: str = "gen") -> None:
    """Deterministic documents of several sections each (about 8 chunks per document at 900 characters)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        sections = []
        for s in range(4):
            paragraphs = [
                " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 70))).capitalize() + "."
                for _ in range(3)
            ]
            sections.append(f"## Section {s}\n\n" + "\n\n".join(paragraphs))
        body = "\n\n".join(sections)
        if version:
            body += f"\n\n## Revision\n\nRevised text number {version} for document {i}."
        (folder / f"{prefix}-{i:04d}.md").write_text(
            f"---\nid: {prefix}-{i:04d}\ntitle: Generated document {i}\nprogram: general\nsource: test\n"
            f"as_of: null\nlanguage: en\n---\n\n{body}\n"
        )


def run_ingest_and_kill(settings: Settings, docs_dir: Path) -> int:
    """Run ``python -m bot ingest`` and SIGKILL it as soon as it reports embedding progress.

    Returns the number of chunks it had reported when it was killed.
    """
    env = dict(os.environ)
    env.update(
        BOT_DATA_DIR=str(settings.data_dir),
        BOT_KNOWLEDGE_DIR=str(settings.knowledge_dir),
        BOT_OFFLINE_DIM=str(settings.offline_dim),
        PYTHONUNBUFFERED="1",
    )
    env.pop("BOT_CHROMA_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest", str(docs_dir), "--progress", "--json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        cwd=settings.data_dir.parent,  # no .env from the repo
    )
    assert proc.stderr is not None
    seen = b""
    done = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            data = os.read(proc.stderr.fileno(), 4096)
            if not data:
                break
            seen += data
            counts = [int(n) for n, _ in re.findall(rb"(\d+)/(\d+) \[", seen)]
            if counts and counts[-1] > 0:
                done = counts[-1]
                proc.send_signal(signal.SIGKILL)
                break
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"ingest ended on its own before it could be killed: {seen[-500:]!r}"
    return done


@pytest.mark.slow
def test_sigkill_during_first_ingest_is_repaired_by_the_next_run(settings: Settings, tmp_path: Path) -> None:
    docs = tmp_path / "generated"
    write_generated_corpus(docs, 120, seed=1)
    expected = expected_index(settings, docs)

    reported = run_ingest_and_kill(settings, docs)

    store = open_store(settings, CountingEmbedder(settings.offline_dim))
    partial = store.count()
    assert 0 < reported < len(expected) and partial < len(expected), "the kill did not land half-way"
    assert store.info()["ingest_state"] == "running"

    report = ingest(settings, store, docs_dir=docs)

    assert report.repaired and report.ok
    assert report.embedded == len(expected) - partial  # chunks stored before the kill are not embedded again
    assert_index_exact(store, settings, docs)
    assert ingest(settings, store, docs_dir=docs).embedded == 0


@pytest.mark.slow
def test_sigkill_during_an_update_is_repaired_by_the_next_run(settings: Settings, tmp_path: Path) -> None:
    docs = tmp_path / "generated"
    write_generated_corpus(docs, 120, seed=2)
    store = open_store(settings, CountingEmbedder(settings.offline_dim))
    ingest(settings, store, docs_dir=docs)
    old_ids = set(stored_index(store))
    del store
    # Change every document (new chunks to add, old ones to delete), remove some and add new ones.
    write_generated_corpus(docs, 120, seed=2, version=1)
    for i in range(0, 120, 10):
        (docs / f"gen-{i:04d}.md").unlink()
    write_generated_corpus(docs, 10, seed=3, prefix="gen-new")
    expected = expected_index(settings, docs)

    run_ingest_and_kill(settings, docs)

    store = open_store(settings, CountingEmbedder(settings.offline_dim))
    stored = set(stored_index(store))
    assert stored != set(expected) and stored & old_ids, "the kill did not land half-way"

    report = ingest(settings, store, docs_dir=docs)

    assert report.repaired and report.ok
    assert_index_exact(store, settings, docs)
    assert not (set(stored_index(store)) & (old_ids - set(expected)))  # no stale chunk of an old version


# --- torch stays out --------------------------------------------------------------------------------------
def test_offline_ingest_and_query_never_import_torch(settings: Settings) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from bot.settings import Settings\n"
        "from bot.wiring import build_store\n"
        "from bot.ingest import ingest\n"
        f"s = Settings(_env_file=None, data_dir=Path({str(settings.data_dir)!r}), "
        f"knowledge_dir=Path({str(settings.knowledge_dir)!r}), embedder='offline')\n"
        "store = build_store(s)\n"
        "report = ingest(s, store)\n"
        "hits = store.query('support funds per day', 3)\n"
        "assert report.chunks > 0 and hits\n"
        "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, timeout=300)

    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
