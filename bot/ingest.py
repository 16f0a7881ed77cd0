"""Bring the index exactly in step with the documents: incremental, idempotent and crash-safe.

Every run compares the chunks the documents should produce (stable, content-derived ids) with the chunks
the index holds, and applies only the difference: new chunks are embedded and added, chunks whose text
is unchanged keep their vectors (only their metadata is refreshed if needed), and chunks no document
produces any more are deleted. Because the plan is always recomputed from the index itself, a run killed
at any point leaves an index the next run repairs to exactly the right chunks.
"""

from __future__ import annotations

import hashlib
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field

from bot.chunking import Chunk, chunk_document
from bot.corpus import Document, DocumentIssue, load_corpus
from bot.errors import ConfigError
from bot.settings import Settings
from bot.store import ChunkStore

# Chunks embedded and written per step; small enough that a kill loses little work, large enough that
# per-call overhead stays small.
_MIN_FLUSH = 256


class IngestReport(BaseModel):
    """What a run did. Document counts first (the summary people read), then chunk counts."""

    documents: int = Field(description="Documents loaded from the folder (good ones).")
    chunks: int = Field(description="Chunks in the index after the run.")
    added: int = Field(0, description="Documents new to the index.")
    updated: int = Field(0, description="Documents whose chunks changed.")
    deleted: int = Field(0, description="Documents removed from the index (their file is gone).")
    unchanged: int = Field(0, description="Documents already exactly in the index.")
    preserved: int = Field(0, description="Indexed documents left as they were because their file has an error.")
    errors: list[DocumentIssue] = Field(default_factory=list)
    embedded: int = Field(0, description="Chunks embedded in this run.")
    chunks_added: int = 0
    chunks_deleted: int = 0
    chunks_updated: int = Field(0, description="Chunks whose metadata was refreshed without re-embedding.")
    chunks_unchanged: int = 0
    rebuilt: bool = False
    repaired: bool = Field(False, description="The previous run was interrupted; this one finished its work.")
    embedder: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _DocPlan:
    doc_id: str
    add: list[Chunk] = field(default_factory=list)
    refresh: list[Chunk] = field(default_factory=list)
    remove: list[str] = field(default_factory=list)


def ingest(
    settings: Settings,
    store: ChunkStore,
    *,
    docs_dir: Path | None = None,
    rebuild: bool = False,
    progress: bool = False,
) -> IngestReport:
    """Index the documents in ``docs_dir`` (default ``settings.docs_dir``) into ``store``.

    Bad files are reported in ``errors`` and skipped; chunks they produced before are kept, so a typo in a
    document never empties its part of the index. ``rebuild`` drops the index first (new embedder).
    """
    started = time.perf_counter()
    docs_dir = Path(docs_dir) if docs_dir is not None else settings.docs_dir
    if not docs_dir.is_dir():
        # Not an empty corpus: treating a wrong path as "every document was removed" would wipe the index.
        raise ConfigError(f"Documents folder not found: {docs_dir}")
    corpus = load_corpus(docs_dir)
    if rebuild:
        store.reset()
    info = store.info()
    interrupted = info.get("ingest_state") == "running"
    chunking = chunking_key(settings)

    # Each chunk records the key of the document version that produced it (file text, path, chunk
    # settings, chunker code). A document whose key is found in the index is exactly in it, since every
    # finished run leaves complete documents: it needs no chunking and no reading of its metadata. That
    # makes an unchanged re-ingest two id-only reads. After an interrupted run every document is
    # checked chunk by chunk instead.
    keys = {doc.id: document_key(doc, chunking) for doc in corpus.documents}
    all_ids = store.ids()
    current_ids = set() if interrupted or not all_ids else store.ids({"ingest_key": {"$in": sorted(keys.values())}})
    current_by_doc: dict[str, int] = {}
    for chunk_id in current_ids:
        doc_id = chunk_id.split("::", 1)[0]
        current_by_doc[doc_id] = current_by_doc.get(doc_id, 0) + 1
    stored = store.metadata_for(sorted(all_ids - current_ids))
    stored_by_doc: dict[str, dict[str, dict]] = {}
    for chunk_id, meta in stored.items():
        stored_by_doc.setdefault(str(meta.get("doc_id", "")), {})[chunk_id] = meta

    report = IngestReport(
        documents=len(corpus.documents), chunks=0, errors=corpus.errors, rebuilt=rebuild, embedder=store.embedder.name
    )
    desired: dict[str, list[Chunk]] = {}
    plans: list[_DocPlan] = []
    for doc in corpus.documents:
        if doc.id in current_by_doc and doc.id not in stored_by_doc:
            report.unchanged += 1
            report.chunks_unchanged += current_by_doc[doc.id]
            desired[doc.id] = []
            continue
        chunks = chunk_document(doc, settings.chunk_size, settings.chunk_overlap)
        for c in chunks:
            c.metadata["ingest_key"] = keys[doc.id]
        desired[doc.id] = chunks
        have = stored_by_doc.get(doc.id, {})
        want_ids = {c.chunk_id for c in chunks}
        plan = _DocPlan(
            doc.id,
            add=[c for c in chunks if c.chunk_id not in have],
            refresh=[c for c in chunks if c.chunk_id in have and have[c.chunk_id] != c.metadata],
            remove=sorted(set(have) - want_ids),
        )
        report.chunks_unchanged += len(chunks) - len(plan.add) - len(plan.refresh)
        if not have and doc.id not in current_by_doc:
            report.added += 1
        elif plan.add or plan.refresh or plan.remove:
            report.updated += 1
        else:
            report.unchanged += 1
        plans.append(plan)

    # A document whose file is now broken is not "removed": keep its chunks until the file is fixed.
    broken_files = {issue.file for issue in corpus.errors}
    removed: list[str] = []
    for doc_id, have in stored_by_doc.items():
        if doc_id in desired:
            continue
        if any(meta.get("path") in broken_files for meta in have.values()):
            report.preserved += 1
        else:
            report.deleted += 1
            removed.extend(sorted(have))

    to_embed = sum(len(p.add) for p in plans)
    has_work = to_embed or removed or any(p.refresh or p.remove for p in plans)
    if has_work:
        store.set_ingest_state("running")
    _apply(store, plans, report, to_embed, max(_MIN_FLUSH, settings.embed_batch_size), progress)
    if removed:
        store.delete(removed)
        report.chunks_deleted += len(removed)
    if has_work or interrupted or info.get("chunking") != chunking:
        store.set_ingest_state("idle", chunking=chunking)  # also a fresh generation stamp after an interrupted run
    report.repaired = interrupted
    report.chunks = store.count()
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def chunking_key(settings: Settings) -> str:
    """What decides how a document is cut into chunks besides its text: the chunk settings and the
    chunker's code."""
    import bot.chunking

    source = Path(str(bot.chunking.__file__)).read_bytes()
    return hashlib.sha256(
        f"{settings.chunk_size}/{settings.chunk_overlap}/".encode() + source
    ).hexdigest()[:16]


def document_key(doc: Document, chunking: str) -> str:
    """The key of one version of a document as chunked now (recorded on each of its chunks)."""
    return hashlib.sha256(f"{doc.content_hash}|{doc.path}|{chunking}".encode()).hexdigest()[:24]


def _apply(
    store: ChunkStore, plans: list[_DocPlan], report: IngestReport, to_embed: int, flush_size: int, progress: bool
) -> None:
    """Per group of documents: add new chunks first, then refresh metadata, then delete the old chunks,
    so a changed document is never missing from the index while it is being replaced.

    The next group is embedded in a worker thread while the current one is written (Chroma's writes run
    outside the GIL): about a fifth faster on two cores. Writes stay strictly in order.
    """
    from concurrent.futures import ThreadPoolExecutor

    from tqdm import tqdm

    groups: list[list[_DocPlan]] = []
    pending: list[_DocPlan] = []
    pending_chunks = 0
    for plan in plans:
        if not (plan.add or plan.refresh or plan.remove):
            continue
        pending.append(plan)
        pending_chunks += len(plan.add)
        if pending_chunks >= flush_size:
            groups.append(pending)
            pending, pending_chunks = [], 0
    if pending:
        groups.append(pending)
    if not groups:
        return

    def embed(group: list[_DocPlan]) -> list[list[float]]:
        texts = [c.embedding_text for p in group for c in p.add]
        return store.embedder.embed_documents(texts) if texts else []

    bar = tqdm(total=to_embed, unit="chunk", desc="embedding", disable=not progress or to_embed == 0, file=sys.stderr)
    with bar, ThreadPoolExecutor(max_workers=1, thread_name_prefix="embed") as pool:
        upcoming = pool.submit(embed, groups[0])
        for index, group in enumerate(groups):
            vectors = upcoming.result()
            if index + 1 < len(groups):
                upcoming = pool.submit(embed, groups[index + 1])
            _write(store, group, vectors, report)
            bar.update(len(vectors))


def _write(store: ChunkStore, plans: list[_DocPlan], vectors: list[list[float]], report: IngestReport) -> None:
    new = [c for p in plans for c in p.add]
    if new:
        store.upsert(new, vectors)
        report.embedded += len(new)
        report.chunks_added += len(new)
    refresh = [c for p in plans for c in p.refresh]
    if refresh:
        store.update_metadata(refresh)
        report.chunks_updated += len(refresh)
    stale = [i for p in plans for i in p.remove]
    if stale:
        store.delete(stale)
        report.chunks_deleted += len(stale)
