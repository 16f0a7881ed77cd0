"""The chunk index: one Chroma collection (cosine space) holding chunk text, metadata and vectors.

Embedded ``PersistentClient`` under the data dir by default; a Chroma server through ``HttpClient`` when
``settings.chroma_url`` is set. The collection records which embedder built it, so querying it with
another embedder is a clear error instead of silently meaningless results.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from pydantic import BaseModel

from bot.errors import ConfigError, EmbedderMismatchError, StoreUnavailableError

if TYPE_CHECKING:  # chunking imports the LangChain splitters: a search process never needs them
    from bot.chunking import Chunk
    from bot.embeddings import Embedder
    from bot.settings import Settings

MetadataValue = str | int | float | bool  # what Chroma stores as metadata (bot.chunking uses the same)

_log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
_PAGE = 2000  # rows per Chroma get() page when reading the whole collection

# Chroma keeps vectors written since the HNSW index was last saved in its write-ahead log, and every new
# process re-inserts that tail into the index on its first query. With Chroma's default (save every 1,000
# writes) that tail is up to 999 vectors: about 1.3 s of a fresh process's first search at 10k chunks
# (about 0.1 s with 100), and ingest is no slower (eval/bench_scale.py; README, Scale). The construction
# parameters (ef_construction, max_neighbors) stay Chroma's defaults: they decide recall.
_HNSW_TUNING = {"sync_threshold": 100}


class StoredChunk(BaseModel):
    chunk_id: str
    text: str
    metadata: dict[str, MetadataValue]


class StoredHit(StoredChunk):
    distance: float  # cosine distance: 0 = same direction, lower is nearer


class ChunkStore:
    """Typed access to the collection. Every write also stamps a new ``generation`` token in the
    collection metadata, so readers (the BM25 side of retrieval) can tell cheaply when to rebuild."""

    def __init__(self, client: Any, collection_name: str, embedder: "Embedder", *, location: str) -> None:
        self.embedder = embedder
        self.location = location
        self._client = client
        self._name = collection_name
        self._remote = location.startswith("http")
        self._down = False  # the server was unreachable on the last call (logged once per outage)
        # Embedded index: the generation stamp is also kept in a file beside the Chroma files.
        self._stamp_file = None if self._remote else Path(location) / f".bot-generation-{collection_name}.json"
        self._dimension: int | None = None
        self._preloading: threading.Thread | None = None
        with self._guard():
            self._collection = self._open_collection()
        self._check_embedder(self._collection.metadata or {})
        if self._stamp_file is not None and self._stamp_collection() != str(self._collection.id):
            # No stamp file yet, or one of a collection since dropped and re-created (``--rebuild``): stamp
            # anew, the way every writer does (metadata first, then the file).
            self._stamp()

    @property
    def collection_name(self) -> str:
        return self._name

    # --- reading ------------------------------------------------------------------------------
    def preload(self) -> None:
        """Start loading the dense index in a background thread, so a process that searches once can do
        its own start-up work (the BM25 index, the retriever) meanwhile.

        Chroma reads its whole HNSW index on a collection's first query (at 100k chunks of 1024
        dimensions about 0.6 s of CPU) and releases the GIL while it does. Every later Chroma call of
        this store waits for the load to finish, so the index is never loaded twice and no write runs
        beside it. Any error is left for that later call to raise. Nothing to load for a Chroma server
        (the server holds the index).
        """
        if self._remote or self._preloading is not None:
            return
        dim = self._dimension or _cheap_dimension(self.embedder)
        if not dim:
            return
        probe = [1.0] + [0.0] * (dim - 1)

        def load() -> None:
            with contextlib.suppress(Exception):
                self._collection.query(query_embeddings=[probe], n_results=1, include=[])

        self._preloading = threading.Thread(target=load, name="chroma-preload", daemon=True)
        self._preloading.start()

    def _wait_preload(self) -> None:
        if self._preloading is not None:
            self._preloading.join()
            self._preloading = None

    def count(self) -> int:
        return int(self._call("count"))

    def query(
        self, text: str, k: int, where: dict[str, Any] | None = None, *, content: bool = True
    ) -> list[StoredHit]:
        """The ``k`` chunks nearest to ``text`` (optionally filtered by metadata), nearest first.

        ``content=False`` returns ids and distances only (empty text and metadata): for a caller that
        already holds the chunks, it saves Chroma reading and sending them.
        """
        if k <= 0 or not text.strip():
            return []
        vector = self.embedder.embed_query(text)
        self._check_dimension(len(vector))
        result = self._call(
            "query",
            query_embeddings=[vector],
            n_results=k,
            where=_where(where),
            include=["documents", "metadatas", "distances"] if content else ["distances"],
        )
        ids = result["ids"][0]
        docs = (result.get("documents") or [[]])[0] or [""] * len(ids)
        metas = (result.get("metadatas") or [[]])[0] or [{}] * len(ids)
        dists = (result.get("distances") or [[]])[0] or [1.0] * len(ids)
        return [
            StoredHit(chunk_id=i, text=d or "", metadata=dict(m or {}), distance=float(dist))
            for i, d, m, dist in zip(ids, docs, metas, dists)
        ]

    def get(self, ids: Sequence[str]) -> list[StoredChunk]:
        """The stored chunks with these ids, in the order asked (unknown ids are left out)."""
        if not ids:
            return []
        found: dict[str, StoredChunk] = {}
        for start in range(0, len(ids), _PAGE):
            result = self._call("get", ids=list(ids[start : start + _PAGE]), include=["documents", "metadatas"])
            for chunk in _stored_chunks(result):
                found[chunk.chunk_id] = chunk
        return [found[i] for i in ids if i in found]

    def all_chunks(self, where: dict[str, Any] | None = None) -> list[StoredChunk]:
        """Every stored chunk (text + metadata, no vectors), ordered by document and position."""
        chunks = [c for page in self._pages(["documents", "metadatas"], where) for c in _stored_chunks(page)]
        chunks.sort(key=lambda c: (str(c.metadata.get("doc_id", "")), int(c.metadata.get("position", 0)), c.chunk_id))
        return chunks

    def metadata_by_id(self) -> dict[str, dict[str, MetadataValue]]:
        """Every chunk id with its metadata: what ingestion compares the documents against."""
        out: dict[str, dict[str, MetadataValue]] = {}
        for page in self._pages(["metadatas"], None):
            for chunk_id, meta in zip(page["ids"], page.get("metadatas") or []):
                out[chunk_id] = dict(meta or {})
        return out

    def ids(self, where: dict[str, Any] | None = None) -> set[str]:
        """The ids of the stored chunks (optionally those matching a metadata filter), in one read
        without documents or metadata: what an unchanged re-ingest needs to know."""
        result = self._call("get", where=_where(where), include=[])
        return set(result["ids"])

    def metadata_for(self, ids: Sequence[str]) -> dict[str, dict[str, MetadataValue]]:
        """The metadata of these chunks (unknown ids are left out)."""
        out: dict[str, dict[str, MetadataValue]] = {}
        ids = list(ids)
        for start in range(0, len(ids), _PAGE):
            page = self._call("get", ids=ids[start : start + _PAGE], include=["metadatas"])
            for chunk_id, meta in zip(page["ids"], page.get("metadatas") or []):
                out[chunk_id] = dict(meta or {})
        return out

    def ids_by_doc(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for chunk_id, meta in self.metadata_by_id().items():
            out.setdefault(str(meta.get("doc_id", "")), set()).add(chunk_id)
        return out

    def documents(self) -> list[dict[str, Any]]:
        """One row per indexed document: doc_id, title, program, as_of (None if unknown), source, chunks."""
        rows: dict[str, dict[str, Any]] = {}
        for meta in self.metadata_by_id().values():
            doc_id = str(meta.get("doc_id", ""))
            row = rows.setdefault(
                doc_id,
                {
                    "doc_id": doc_id,
                    "title": meta.get("title", ""),
                    "program": meta.get("program", ""),
                    "as_of": meta.get("as_of") or None,
                    "source": meta.get("source", ""),
                    "path": meta.get("path", ""),
                    "chunks": 0,
                },
            )
            row["chunks"] += 1
        return [rows[k] for k in sorted(rows)]

    def generation(self) -> str:
        """A token that changes whenever the stored contents change, read in constant time.

        Every write stamps a fresh ``generation`` in the collection metadata; an embedded index also
        copies the stamp into a small file beside its data (written after the metadata), so reading it
        is a file read instead of a Chroma call. No rows are counted. While an ingest is running
        (``ingest_state``), a write may have landed without its stamp yet (or never get it, if the
        ingest was killed), so the token then also holds the row count and is marked ``running``:
        readers use it but never persist an index built from it.
        """
        if self._stamp_file is not None:
            try:
                stamp = json.loads(self._stamp_file.read_text(encoding="utf-8"))
                if stamp.get("ingest_state") != "running":
                    return f"{stamp['generation']}:{stamp['collection']}"
            except (OSError, ValueError, KeyError, TypeError):
                pass  # no stamp file yet (an index from an older version) or a torn one: ask Chroma
        try:
            with self._guard():
                fresh = self._client.get_collection(self._name, embedding_function=None)
        except StoreUnavailableError:
            raise
        except Exception as exc:  # collection dropped by another client: contents changed, say so
            if not _is_not_found(exc):
                raise
            return f"missing:{uuid.uuid4().hex}"
        meta = fresh.metadata or {}
        token = f"{meta.get('generation', '')}:{fresh.id}"
        if meta.get("ingest_state") == "running":
            with self._guard():
                token += f":running:{fresh.count()}"
        return token

    def info(self) -> dict[str, Any]:
        """The collection's own metadata (embedder, dimension, generation, ingest_state)."""
        with self._guard():
            fresh = self._client.get_collection(self._name, embedding_function=None)
        return dict(fresh.metadata or {})

    # --- writing ------------------------------------------------------------------------------
    def upsert(self, chunks: "list[Chunk]", embeddings: list[list[float]]) -> None:
        if len(chunks) != len(embeddings):
            raise ValueError(f"{len(chunks)} chunks but {len(embeddings)} embeddings")
        if not chunks:
            return
        self._check_dimension(len(embeddings[0]))
        size = self._batch_size()
        for start in range(0, len(chunks), size):
            batch = chunks[start : start + size]
            self._call(
                "upsert",
                ids=[c.chunk_id for c in batch],
                embeddings=embeddings[start : start + size],
                documents=[c.text for c in batch],
                metadatas=[dict(c.metadata) for c in batch],
            )
        self._stamp()

    def update_metadata(self, chunks: "list[Chunk]") -> None:
        """Refresh stored metadata (title, position, ...) of chunks whose text is unchanged: no re-embedding."""
        if not chunks:
            return
        size = self._batch_size()
        for start in range(0, len(chunks), size):
            batch = chunks[start : start + size]
            self._call("update", ids=[c.chunk_id for c in batch], metadatas=[dict(c.metadata) for c in batch])
        self._stamp()

    def delete(self, ids: list[str]) -> None:
        if not ids:
            return
        size = self._batch_size()
        for start in range(0, len(ids), size):
            self._call("delete", ids=list(ids[start : start + size]))
        self._stamp()

    def reset(self) -> None:
        """Drop every chunk and re-create the collection for the current embedder (``--rebuild``)."""
        with self._guard():
            with contextlib.suppress(Exception):  # not there is fine: the goal is an empty collection
                self._client.delete_collection(self._name)
            self._collection = self._open_collection()
        self._write_stamp_file(dict(self._collection.metadata or {}), str(self._collection.id))

    def set_ingest_state(self, state: str, **extra: Any) -> None:
        """Record ``running`` before an ingest writes and ``idle`` after it finished, so the next run knows
        whether the previous one was interrupted (its last write may have missed its generation stamp).
        ``extra`` keys are kept in the collection metadata (the ingest records its chunking there)."""
        if state == "running":
            self._tune_index()
        self._stamp(ingest_state=state, **extra)

    def _tune_index(self) -> None:
        """Give an index created before ``_HNSW_TUNING`` the same save interval, before an ingest writes
        (these settings can change on an existing collection; its vectors stay as they are)."""
        with self._guard():
            hnsw = (getattr(self._collection, "configuration", None) or {}).get("hnsw") or {}
            if any(hnsw.get(key) != value for key, value in _HNSW_TUNING.items()):
                self._collection.modify(configuration={"hnsw": dict(_HNSW_TUNING)})

    # --- internals ----------------------------------------------------------------------------
    def _open_collection(self) -> Any:
        return self._client.get_or_create_collection(
            self._name,
            embedding_function=None,  # we embed ourselves; Chroma must never load its default model
            configuration={"hnsw": {"space": "cosine", **_HNSW_TUNING}},
            metadata=self._base_metadata(),
        )

    def _base_metadata(self, **extra: Any) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "embedder": self.embedder.name,
            "schema": SCHEMA_VERSION,
            "generation": uuid.uuid4().hex,
            "ingest_state": "idle",
        }
        # The vector size is recorded when known without loading a model (offline: always), else on the
        # first write.
        dim = self._dimension or _cheap_dimension(self.embedder)
        if dim:
            meta["dimension"] = dim
        meta.update(extra)
        return meta

    def _stamp(self, **extra: Any) -> None:
        with self._guard():
            fresh = self._client.get_collection(self._name, embedding_function=None)
            current = dict(fresh.metadata or {})
            # A plain write keeps whatever ingest state the running ingest set.
            state = extra.pop("ingest_state", current.get("ingest_state", "idle"))
            current.update(self._base_metadata(ingest_state=state, **extra))
            fresh.modify(metadata=current)  # Chroma replaces the whole mapping: write every key
        self._write_stamp_file(current, str(fresh.id))

    def _stamp_collection(self) -> str | None:
        try:
            return str(json.loads(self._stamp_file.read_text(encoding="utf-8"))["collection"]) if self._stamp_file else None
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write_stamp_file(self, meta: dict[str, Any], collection_id: str) -> None:
        """Copy the stamp just written to the collection into the stamp file (atomically replaced)."""
        if self._stamp_file is None:
            return
        stamp = {"generation": meta.get("generation"), "collection": collection_id, "ingest_state": meta.get("ingest_state")}
        tmp = self._stamp_file.with_name(f"{self._stamp_file.name}.{uuid.uuid4().hex}.tmp")
        tmp.write_text(json.dumps(stamp), encoding="utf-8")
        os.replace(tmp, self._stamp_file)

    def _call(self, method: str, /, **kwargs: Any) -> Any:
        """Call a collection method; if another client dropped or rebuilt the collection meanwhile
        (``bot ingest --rebuild`` against the same server), follow it by name and check its embedder."""
        self._wait_preload()
        with self._guard():
            try:
                return getattr(self._collection, method)(**kwargs)
            except Exception as exc:
                if not _is_not_found(exc):
                    raise
            self._collection = self._open_collection()
            self._check_embedder(self._collection.metadata or {})
            return getattr(self._collection, method)(**kwargs)

    def _check_embedder(self, meta: dict[str, Any]) -> None:
        built_with = meta.get("embedder")
        if built_with is None and self.count() == 0:
            self._stamp()  # an empty collection made by someone else: adopt it
            return
        if built_with != self.embedder.name:
            raise EmbedderMismatchError(
                f"The index at {self.location} (collection '{self._name}') was built with embedder "
                f"'{built_with or 'unknown'}', but the configured embedder is '{self.embedder.name}'. "
                "Run `bot ingest --rebuild` to re-index with the configured embedder, or set BOT_EMBEDDER / "
                "BOT_EMBED_MODEL back to what built the index."
            )
        if isinstance(meta.get("dimension"), int):
            self._dimension = int(meta["dimension"])

    def _check_dimension(self, dim: int) -> None:
        recorded = self._dimension
        if recorded is None:
            self._dimension = dim
            return
        if dim != recorded:
            raise EmbedderMismatchError(
                f"The index at {self.location} holds {recorded}-dimensional vectors but embedder "
                f"'{self.embedder.name}' makes {dim}-dimensional ones. Run `bot ingest --rebuild`."
            )

    def _batch_size(self) -> int:
        with self._guard():
            return max(1, min(1000, int(self._client.get_max_batch_size())))

    def _pages(self, include: list[str], where: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
        offset = 0
        while True:
            page = self._call("get", where=_where(where), limit=_PAGE, offset=offset, include=include)
            if not page["ids"]:
                return
            yield page
            if len(page["ids"]) < _PAGE:
                return
            offset += len(page["ids"])

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn a lost connection to a Chroma server into one clear error (logged once per outage, not
        once per query; the first call that works again ends the outage)."""
        if not self._remote:
            yield
            return
        try:
            yield
        except Exception as exc:
            if _is_connection_error(exc):
                message = (
                    f"The Chroma server at {self.location} cannot be reached ({type(exc).__name__}). Start it "
                    "(chroma run --path DIR --host 127.0.0.1 --port PORT) or unset BOT_CHROMA_URL to use the "
                    "embedded index."
                )
                if not self._down:
                    self._down = True
                    _log.error("%s", message)
                raise StoreUnavailableError(message) from exc
            raise
        else:
            if self._down:
                self._down = False
                _log.warning("The Chroma server at %s answers again", self.location)


def open_store(settings: "Settings", embedder: "Embedder", *, reset: bool = False) -> ChunkStore:
    """Open (creating if needed) the collection named by the settings.

    ``reset=True`` drops the collection first: the way out of an ``EmbedderMismatchError``.
    """
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        client, location = _http_client(settings.chroma_url, chroma_settings)
    else:
        import chromadb

        settings.chroma_dir.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)
        location = str(settings.chroma_dir)
    if reset:
        with contextlib.suppress(Exception):
            client.delete_collection(settings.collection)
    return ChunkStore(client, settings.collection, embedder, location=location)


def _http_client(url: str, chroma_settings: Any) -> tuple[Any, str]:
    import chromadb

    parts = urlsplit(url if "://" in url else f"http://{url}")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"BOT_CHROMA_URL '{url}' is not a URL like http://127.0.0.1:8000")
    ssl = parts.scheme == "https"
    try:
        port = parts.port or (443 if ssl else 8000)
    except ValueError as exc:
        raise ConfigError(f"BOT_CHROMA_URL '{url}' has an invalid port") from exc
    location = f"{parts.scheme}://{parts.hostname}:{port}"
    try:
        client = chromadb.HttpClient(host=parts.hostname, port=port, ssl=ssl, settings=chroma_settings)
    except Exception as exc:
        raise StoreUnavailableError(
            f"The Chroma server at {location} cannot be reached ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__}). "
            "Start it (chroma run --path DIR --host 127.0.0.1 --port PORT) or unset BOT_CHROMA_URL to use "
            "the embedded index."
        ) from exc
    return client, location


def _cheap_dimension(embedder: "Embedder") -> int | None:
    # Asking a sentence-transformers embedder for its size loads torch and the model: only the offline
    # embedder answers for free. The size is recorded on the first write otherwise.
    from bot.embeddings import OfflineEmbedder

    return embedder.dimension if isinstance(embedder, OfflineEmbedder) else None


def _where(where: dict[str, Any] | None) -> dict[str, Any] | None:
    """Accept a plain {"program": "jip", "doc_id": "x"} filter as well as Chroma's own operators."""
    if not where:
        return None
    if len(where) == 1 or any(key.startswith("$") for key in where):
        return where
    return {"$and": [{key: value} for key, value in where.items()]}


def _stored_chunks(result: dict[str, Any]) -> list[StoredChunk]:
    ids = result["ids"]
    docs = result.get("documents") or [""] * len(ids)
    metas = result.get("metadatas") or [{}] * len(ids)
    return [StoredChunk(chunk_id=i, text=d or "", metadata=dict(m or {})) for i, d, m in zip(ids, docs, metas)]


def _is_not_found(exc: BaseException) -> bool:
    from chromadb.errors import NotFoundError

    return isinstance(exc, NotFoundError) or "does not exist" in str(exc)


def _is_connection_error(exc: BaseException) -> bool:
    try:
        import httpx
    except ImportError:  # pragma: no cover - chromadb depends on httpx
        httpx = None  # type: ignore[assignment]
    if httpx is not None and isinstance(exc, (httpx.TransportError,)):
        return True
    if isinstance(exc, (ConnectionError, TimeoutError)):
        return True
    return "Could not connect to a Chroma server" in str(exc)
