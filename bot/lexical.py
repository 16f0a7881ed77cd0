"""BM25 (bm25s) over the chunks of the store, rebuilt whenever the store's contents change.

Chroma has no BM25 of its own, so the lexical side is built here from ``store.all_chunks()``: that works
the same for an embedded collection and for one on a Chroma server. Every search first compares
``store.generation()`` (a constant-time read) with the generation the index was built from, so a
re-ingest (by this process or another) is picked up on the next query and the index is never stale.

Each generation's index is also saved under the data dir and loaded memory-mapped by the next process
(embedded store: beside the Chroma files; Chroma server: each machine caches it once per generation).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import mmap
import os
import re
import shutil
import tempfile
import threading
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from bot.query import QueryUnit, TextAnalyzer

# A sentence ends at . ! ? or 。 followed by space, or at a line break (bullets, list items, headings).
# "No. 1", "e.g. AI" and "Art. 16" do not end a sentence.
_SENTENCE_RE = re.compile(
    r"(?<=[.!?。])(?<!\bNo\.)(?<!\bno\.)(?<!e\.g\.)(?<!i\.e\.)(?<!Art\.)(?<!art\.)\s+(?=[\"“(A-Z0-9*•・\u3000-\u9fff])|\n+"
)
_BULLET_RE = re.compile(r"^\s*(?:[-*•・]+|\d+\.)\s*")


CACHE_FORMAT = 1  # bump when the saved layout changes
MANIFEST = "manifest.json"
_log = logging.getLogger(__name__)


class _StoredChunk(Protocol):
    chunk_id: str
    text: str
    metadata: dict[str, Any]


class ChunkSource(Protocol):
    """The part of ``store.ChunkStore`` the lexical index reads."""

    def generation(self) -> str: ...

    def all_chunks(self, where: dict | None = None) -> Sequence[_StoredChunk]: ...


@dataclass(frozen=True)
class LexicalHit:
    chunk_id: str
    score: float
    index: int  # row in the snapshot


def indexed_text(text: str, metadata: dict[str, Any]) -> str:
    """What BM25 sees for a chunk: its heading path and the chunk, so "Requirements" finds the section.

    The document title is left out on purpose: it is the same for every chunk of a document and would
    make all of them match a program name equally.
    """
    section = str(metadata.get("section") or "")
    return f"{section}\n{text}" if section else text


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of a chunk, bullets stripped, in order."""
    out = []
    for part in _SENTENCE_RE.split(text or ""):
        part = _BULLET_RE.sub("", part).strip()
        if part and any(ch.isalnum() for ch in part):
            out.append(part)
    return out


class _Rows:
    """Text and metadata of every chunk by row: in memory after a build, or read row by row from a
    memory-mapped JSON-lines file after a load (only the rows a search shows are ever decoded)."""

    def __init__(self, texts: list[str] | None = None, metadata: list[dict[str, Any]] | None = None,
                 *, lines: Any = None, offsets: np.ndarray | None = None) -> None:
        self._texts = texts
        self._metadata = metadata
        self._lines = lines
        self._offsets = offsets
        self._decoded: dict[int, tuple[str, dict[str, Any]]] = {}

    def get(self, row: int) -> tuple[str, dict[str, Any]]:
        if self._texts is not None and self._metadata is not None:
            return self._texts[row], self._metadata[row]
        cached = self._decoded.get(row)
        if cached is None:
            assert self._lines is not None and self._offsets is not None
            text, meta = json.loads(self._lines[int(self._offsets[row]) : int(self._offsets[row + 1])])
            cached = self._decoded[row] = (text, meta)
        return cached


class _Column(Sequence):
    """``snapshot.texts[row]`` / ``snapshot.metadata[row]`` over ``_Rows``."""

    def __init__(self, rows: _Rows, size: int, field: int) -> None:
        self._rows, self._size, self._field = rows, size, field

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, row):  # type: ignore[override]
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(self._size))]
        if row < 0:
            row += self._size
        if not 0 <= row < self._size:
            raise IndexError(row)
        return self._rows.get(row)[self._field]


class LexicalSnapshot:
    """An immutable BM25 index of one generation of the store (swapped whole, never mutated).

    Built from the chunks (``LexicalSnapshot(generation, chunks, analyzer)``), saved to a folder and
    loaded back memory-mapped (``save`` / ``load``): the BM25 matrix is bm25s's own saved index, the
    chunks a JSON-lines file read row by row, so a new process answers without re-reading the store.
    What is derived per chunk (its token set, its sentences) is computed when a search needs that row.
    """

    def __init__(
        self,
        generation: str,
        chunks: Sequence[_StoredChunk],
        analyzer: TextAnalyzer,
        k1: float = 1.2,
        b: float = 0.75,
        *,
        _loaded: dict[str, Any] | None = None,
    ):
        self.generation = generation
        self._analyzer = analyzer
        self._sentences: dict[int, list[tuple[str, frozenset[str]]]] = {}
        self._token_sets: dict[int, frozenset[str]] = {}
        self._row: dict[str, int] | None = None
        self._doc_rows: dict[str, np.ndarray] | None = None
        self._title_index: dict[str, list[int]] | None = None
        if _loaded is not None:
            self._init_loaded(_loaded)
            return
        self.chunk_ids: list[str] = [c.chunk_id for c in chunks]
        texts = [c.text for c in chunks]
        metadata = [dict(c.metadata or {}) for c in chunks]
        self._rows = _Rows(texts, metadata)
        self.size = len(self.chunk_ids)
        corpus_tokens = [analyzer.document_tokens(indexed_text(t, m)) for t, m in zip(texts, metadata)]
        for i, toks in enumerate(corpus_tokens):
            self._token_sets[i] = frozenset(toks)
        # Documents by row, with their titles' tokens (what a passage "covers" includes its title: a
        # chunk of the METI internship page answers a question about "the METI internship").
        doc_index: dict[str, int] = {}
        program_index: dict[str, int] = {}
        self.doc_ids: list[str] = []
        self.doc_titles: list[frozenset[str]] = []
        self.programs: list[str] = []
        row_doc, row_program = [], []
        for meta in metadata:
            doc = str(meta.get("doc_id") or "")
            if doc not in doc_index:
                doc_index[doc] = len(self.doc_ids)
                self.doc_ids.append(doc)
                self.doc_titles.append(frozenset(analyzer.document_tokens(str(meta.get("title") or ""))))
            row_doc.append(doc_index[doc])
            program = str(meta.get("program", ""))
            if program not in program_index:
                program_index[program] = len(self.programs)
                self.programs.append(program)
            row_program.append(program_index[program])
        self.row_doc = np.asarray(row_doc, dtype=np.int32)
        self.row_program = np.asarray(row_program, dtype=np.int32)
        self._model: Any = None
        if self.size:
            import bm25s  # only to build: a loaded snapshot reads bm25s's saved matrix directly

            self._model = bm25s.BM25(k1=k1, b=b)
            # An empty chunk would give bm25s an empty document; "" is its own placeholder token.
            self._model.index([toks or [""] for toks in corpus_tokens], show_progress=False)
            self._vocab: dict[str, int] = self._model.vocab_dict
            matrix = self._model.scores
            self._data, self._indices, self._indptr = matrix["data"], matrix["indices"], matrix["indptr"]
        else:
            self._empty_matrix()
        self._set_columns()

    def _empty_matrix(self) -> None:
        self._vocab = {}
        self._data = np.zeros(0, dtype=np.float32)
        self._indices = np.zeros(0, dtype=np.int32)
        self._indptr = np.zeros(1, dtype=np.int64)

    def _set_columns(self) -> None:
        self.texts: Sequence[str] = _Column(self._rows, self.size, 0)
        self.metadata: Sequence[dict[str, Any]] = _Column(self._rows, self.size, 1)

    # --- saving and loading ---------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write the snapshot into ``folder`` (which must not exist yet or be empty)."""
        folder.mkdir(parents=True, exist_ok=True)
        if self._model is not None:
            self._model.save(str(folder / "bm25"), show_progress=False)
        offsets = [0]
        with (folder / "rows.jsonl").open("wb") as out:
            for row in range(self.size):
                line = json.dumps(self._rows.get(row), ensure_ascii=False).encode("utf-8") + b"\n"
                out.write(line)
                offsets.append(offsets[-1] + len(line))
        np.save(folder / "offsets.npy", np.asarray(offsets, dtype=np.int64))
        np.save(folder / "row_doc.npy", self.row_doc)
        np.save(folder / "row_program.npy", self.row_program)
        (folder / "table.json").write_text(
            json.dumps(
                {
                    "chunk_ids": self.chunk_ids,
                    "doc_ids": self.doc_ids,
                    "doc_titles": [sorted(t) for t in self.doc_titles],
                    "programs": self.programs,
                },
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )

    @classmethod
    def load(cls, folder: Path, generation: str, analyzer: TextAnalyzer) -> "LexicalSnapshot":
        """A snapshot saved by ``save``, its BM25 matrix and chunk rows memory-mapped."""
        return cls(generation, (), analyzer, _loaded={"folder": folder})

    def _init_loaded(self, loaded: dict[str, Any]) -> None:
        folder: Path = loaded["folder"]
        table = json.loads((folder / "table.json").read_text(encoding="utf-8"))
        self.chunk_ids = table["chunk_ids"]
        self.doc_ids = table["doc_ids"]
        self.doc_titles = [frozenset(t) for t in table["doc_titles"]]
        self.programs = table["programs"]
        self.size = len(self.chunk_ids)
        self.row_doc = np.load(folder / "row_doc.npy", mmap_mode="r")
        self.row_program = np.load(folder / "row_program.npy", mmap_mode="r")
        offsets = np.load(folder / "offsets.npy", mmap_mode="r")
        with (folder / "rows.jsonl").open("rb") as fh:
            lines: Any = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if offsets[-1] else b""
        if len(offsets) != self.size + 1 or len(lines) != int(offsets[-1]) or len(self.row_doc) != self.size:
            raise ValueError("lexical cache tables disagree in size")
        self._rows = _Rows(lines=lines, offsets=offsets)
        # bm25s's saved eager index: a CSC matrix of precomputed BM25 scores (one column per token)
        # and its vocabulary; scoring a token is adding its column, which needs no bm25s import.
        bm25_dir = folder / "bm25"
        if self.size:
            self._vocab = json.loads((bm25_dir / "vocab.index.json").read_text(encoding="utf-8"))
            params = json.loads((bm25_dir / "params.index.json").read_text(encoding="utf-8"))
            # Plain ndarray views of the memory maps: slicing a np.memmap costs a Python-level
            # __array_finalize__ per slice, several per query token.
            self._data = np.asarray(np.load(bm25_dir / "data.csc.index.npy", mmap_mode="r"))
            self._indices = np.asarray(np.load(bm25_dir / "indices.csc.index.npy", mmap_mode="r"))
            self._indptr = np.asarray(np.load(bm25_dir / "indptr.csc.index.npy", mmap_mode="r"))
            # bm25s adds the "" placeholder to the vocabulary after building: it may have no column.
            if int(params.get("num_docs", -1)) != self.size or len(self._indptr) - len(self._vocab) not in (0, 1):
                raise ValueError("lexical cache BM25 index does not match its chunk table")
        else:
            self._empty_matrix()
        self._set_columns()

    # --- per-row data, computed when a search needs it -------------------------------------------
    @property
    def row(self) -> dict[str, int]:
        """Row of each chunk id."""
        if self._row is None:
            self._row = {cid: i for i, cid in enumerate(self.chunk_ids)}
        return self._row

    def token_set(self, row: int) -> frozenset[str]:
        """The BM25 tokens of chunk ``row`` (its section heading and text)."""
        toks = self._token_sets.get(row)
        if toks is None:
            text, meta = self._rows.get(row)
            toks = self._token_sets[row] = frozenset(self._analyzer.document_tokens(indexed_text(text, meta)))
        return toks

    def title_set(self, row: int) -> frozenset[str]:
        return self.doc_titles[int(self.row_doc[row])]

    @property
    def doc_rows(self) -> dict[str, np.ndarray]:
        """The rows of each document."""
        if self._doc_rows is None:
            order = np.argsort(np.asarray(self.row_doc), kind="stable")
            bounds = np.searchsorted(np.asarray(self.row_doc)[order], np.arange(len(self.doc_ids) + 1))
            self._doc_rows = {
                doc: order[bounds[i] : bounds[i + 1]].astype(np.int64) for i, doc in enumerate(self.doc_ids)
            }
        return self._doc_rows

    def sentences(self, row: int) -> list[tuple[str, frozenset[str]]]:
        """The sentences of chunk ``row`` with their tokens, computed once per snapshot (for snippets)."""
        cached = self._sentences.get(row)
        if cached is None:
            cached = [(s, frozenset(self._analyzer.document_tokens(s))) for s in split_sentences(self.texts[row])]
            self._sentences[row] = cached
        return cached

    # --- statistics used by the confidence and the snippets -------------------------------------
    def df(self, token: str) -> int:
        """How many chunks contain ``token`` (the BM25 matrix's column length: no per-chunk sets)."""
        tid = self._vocab.get(token) if token else None
        if tid is None or tid + 1 >= len(self._indptr):
            return 0
        return int(self._indptr[tid + 1] - self._indptr[tid])

    def idf(self, token: str) -> float:
        """Inverse document frequency scaled to [0, 1]: 1 for a word no chunk contains."""
        n = max(self.size, 1)
        df = self.df(token)
        top = math.log(1.0 + (n + 0.5) / 0.5)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5)) / top

    def known(self, token: str) -> bool:
        return self.df(token) > 0

    # --- scoring --------------------------------------------------------------------------------
    def token_scores(self, token: str) -> np.ndarray | None:
        """BM25 of one token for every chunk, or None when no chunk contains it."""
        tid = self._vocab.get(token) if token else None
        if tid is None or tid + 1 >= len(self._indptr):
            return None
        start, end = int(self._indptr[tid]), int(self._indptr[tid + 1])
        if start == end:
            return None
        scores = np.zeros(self.size, dtype=np.float64)
        scores[self._indices[start:end]] = self._data[start:end]
        return scores

    def score_tokens(self, tokens: Sequence[str]) -> np.ndarray:
        """Plain BM25 of a bag of tokens (the baseline: no vocabulary)."""
        scores = np.zeros(self.size, dtype=np.float64)
        for tok in tokens:
            col = self.token_scores(tok)
            if col is not None:
                scores += col
        return scores

    def score_units(self, units: Sequence[QueryUnit], synonym_weight: float = 0.6) -> np.ndarray:
        """BM25 by query unit: a concept scores as its best-matching term, so a chunk is not rewarded
        for piling up synonyms; the words the user wrote count fully, their synonyms ``synonym_weight``.
        A term of several words ("maximum period") scores as the sum of its words."""
        scores = np.zeros(self.size, dtype=np.float64)
        cache: dict[str, np.ndarray | None] = {}

        def col(tok: str) -> np.ndarray | None:
            if tok not in cache:
                cache[tok] = self.token_scores(tok)
            return cache[tok]

        for unit in units:
            if not unit.concept:
                # a word, or a number in its two spellings ("5", "five"): its best-scoring form counts
                cols = [c for c in (col(tok) for tok in unit.tokens) if c is not None]
                if len(cols) == 1:
                    scores += cols[0]
                elif cols:
                    scores += np.maximum.reduce(cols)
                continue
            # The terms the user wrote all count ("JLPT N3" is two pieces of evidence); the synonyms
            # count as their single best match, at a discount.
            own = np.zeros(self.size, dtype=np.float64)
            best = np.zeros(self.size, dtype=np.float64)
            matched = set(unit.matched)
            for term in set(unit.terms) | matched:
                cols = [col(t) for t in term]
                if not cols or any(c is None for c in cols):
                    continue  # a term only counts when every word of it occurs somewhere
                # A term is one unit of meaning: "fourth industrial revolution skills course" must not
                # outweigh "fields" five times over, so a term of several words scores their mean.
                if len(cols) == 1:
                    term_score = cols[0]
                else:  # np.mean over a list first stacks the columns into a new matrix
                    term_score = cols[0] + cols[1]
                    for c in cols[2:]:
                        term_score += c
                    term_score /= len(cols)
                if term in matched:
                    own += term_score
                else:
                    np.maximum(best, term_score * synonym_weight, out=best)
            unit_scores = np.maximum(own, best)
            if unit.document:
                unit_scores = self._document_level(unit, unit_scores)
            scores += unit_scores
        return scores

    def _document_level(self, unit: QueryUnit, unit_scores: np.ndarray) -> np.ndarray:
        """A program or institution the question names (a ``document`` concept) is what a whole document
        is about when its title names it: every chunk of that document scores for it as the document's
        best chunk does.

        Otherwise the chunk that repeats "METI Japan Internship Program" outranks the one with the
        answer ("18 to 40 years old") merely for naming the program; with the name equal across the
        document, the rest of the question decides which of its chunks comes first.
        """
        if self._title_index is None:
            index: dict[str, list[int]] = {}
            for d, title in enumerate(self.doc_titles):
                for tok in title:
                    index.setdefault(tok, []).append(d)
            self._title_index = index
        docs = {d for tok in unit.tokens for d in self._title_index.get(tok, ())}
        out = unit_scores
        named = np.zeros(self.size, dtype=bool)  # the rows of the documents whose title names it
        for d in sorted(docs):
            if not _contains(self.doc_titles[d], unit):
                continue
            rows = self.doc_rows[self.doc_ids[d]]
            named[rows] = True
            best = float(unit_scores[rows].max())
            if best <= 0:
                continue
            if out is unit_scores:
                out = unit_scores.copy()
            out[rows] = np.maximum(out[rows], best)
        # Elsewhere a piece of the name is no evidence of the program: "skill" of "Re-Skills" in a passage on the
        # skills of technical intern trainees. Only a passage that writes a whole term of it scores for it.
        for row in np.flatnonzero((out > 0) & ~named):
            if not _contains(self.token_set(int(row)), unit):
                if out is unit_scores:
                    out = unit_scores.copy()
                out[row] = 0.0
        return out

    def covers_title(self, row: int, unit: QueryUnit) -> bool:
        """Whether the title of chunk ``row``'s document contains one of the unit's whole terms."""
        return _contains(self.title_set(row), unit)

    def mask(self, filters: dict[str, str] | None) -> np.ndarray | None:
        """1.0 for chunks whose metadata equals every filter value, else 0.0 (None: no filter)."""
        if not filters:
            return None
        keep = np.ones(self.size, dtype=np.float64)
        for key, value in filters.items():
            if key in ("doc_id", "program"):
                names, codes = (self.doc_ids, self.row_doc) if key == "doc_id" else (self.programs, self.row_program)
                wanted = names.index(str(value)) if str(value) in names else -1
                keep *= np.asarray(codes) == wanted
                continue
            for i in range(self.size):
                if str(self.metadata[i].get(key, "")) != str(value):
                    keep[i] = 0.0
        return keep

    def top(self, scores: np.ndarray, k: int, filters: dict[str, str] | None = None) -> list[LexicalHit]:
        """The k best chunks with a positive score, best first."""
        if not self.size or k <= 0:
            return []
        mask = self.mask(filters)
        if mask is not None:
            scores = scores * mask
        k = min(k, self.size)
        idx = np.argpartition(-scores, k - 1)[:k] if k < self.size else np.arange(self.size)
        idx = idx[np.argsort(-scores[idx], kind="stable")]
        return [LexicalHit(self.chunk_ids[i], float(scores[i]), int(i)) for i in idx if scores[i] > 0]

    def covers(self, row: int, unit: QueryUnit) -> bool:
        """Whether chunk ``row`` (with its document's title) contains the unit."""
        return _contains(self.token_set(row) | self.title_set(row), unit)


class LexicalIndex:
    """BM25 over the store, kept in step with it: a new snapshot whenever ``store.generation()`` changes.

    With a ``cache_dir`` each generation's snapshot is saved there once and loaded memory-mapped by every
    later process (and by this one after a restart), instead of re-reading and re-tokenising the whole
    store. A cached snapshot is used only when its manifest names the same store generation and the same
    analyzer/embedder fingerprint and every file still has the size and checksum written with it;
    anything else (stale, damaged, half-written) is rebuilt from the store and written again.
    """

    def __init__(
        self,
        store: ChunkSource,
        analyzer: TextAnalyzer,
        *,
        k1: float = 1.2,
        b: float = 0.75,
        cache_dir: Path | None = None,
    ):
        self.store = store
        self.analyzer = analyzer
        self.k1 = k1
        self.b = b
        self.cache_dir = cache_dir
        self._snapshot: LexicalSnapshot | None = None
        self._lock = threading.Lock()
        self.rebuilds = 0  # snapshots built from the store by this object
        self.loads = 0  # snapshots loaded from the cache by this object
        self._fingerprint: str | None = None

    def snapshot(self) -> LexicalSnapshot:
        """The index of the store's current contents (loaded or rebuilt first if the store changed)."""
        generation = self.store.generation()
        current = self._snapshot
        if current is not None and current.generation == generation:
            return current
        with self._lock:  # one rebuild at a time; others wait and then reuse it
            current = self._snapshot
            if current is not None and current.generation == generation:
                return current
            snap = self._load(generation)
            if snap is None:
                snap = self._build(generation)
            self._snapshot = snap
            return snap

    def search(self, units: Sequence[QueryUnit], k: int, filters: dict[str, str] | None = None) -> list[LexicalHit]:
        snap = self.snapshot()
        return snap.top(snap.score_units(units), k, filters)

    # --- building and caching -------------------------------------------------------------------
    def _build(self, generation: str) -> LexicalSnapshot:
        chunks = self.store.all_chunks()
        # Read the generation again: if an ingest ran while we read, label the snapshot with the
        # older value so the next query rebuilds rather than trusting a half-read index.
        after = self.store.generation()
        label = generation if after == generation else f"{generation}~stale"
        snap = LexicalSnapshot(label, chunks, self.analyzer, self.k1, self.b)
        self.rebuilds += 1
        if label == generation and ":running" not in generation:  # never persist a moving target
            self._save(snap)
        return snap

    def fingerprint(self) -> str:
        """What else besides the generation decides the index: analyzer code, vocabulary, stopwords,
        BM25 parameters, the embedder the store was built with and the cache format."""
        if self._fingerprint is None:
            from bot import query as query_module

            h = hashlib.sha256()
            for part in (
                f"format={CACHE_FORMAT}",
                f"k1={self.k1} b={self.b}",
                f"embedder={getattr(getattr(self.store, 'embedder', None), 'name', '')}",
                self.analyzer.vocabulary.model_dump_json(),
                " ".join(sorted(self.analyzer.stopwords)),
            ):
                h.update(part.encode("utf-8") + b"\0")
            for module_file in (query_module.__file__, __file__):
                h.update(Path(str(module_file)).read_bytes())
            self._fingerprint = h.hexdigest()[:24]
        return self._fingerprint

    def _key(self, generation: str) -> str:
        return hashlib.sha256(f"{generation}|{self.fingerprint()}".encode()).hexdigest()[:32]

    def _load(self, generation: str) -> LexicalSnapshot | None:
        if self.cache_dir is None or ":running" in generation:
            return None
        folder = self.cache_dir / self._key(generation)
        manifest_path = folder / MANIFEST
        if not manifest_path.is_file():
            return None
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
            if manifest.get("generation") != generation or manifest.get("fingerprint") != self.fingerprint():
                raise ValueError("lexical cache belongs to another generation or analyzer")
            for name, (size, crc) in manifest["files"].items():
                if _checksum(folder / name) != (size, crc):
                    raise ValueError(f"lexical cache file {name} is damaged")
            snap = LexicalSnapshot.load(folder, generation, self.analyzer)
        except Exception as exc:  # damaged in any way: never used, rebuilt and written again
            _log.warning("lexical index cache %s is unusable (%s); rebuilding it", folder, exc)
            shutil.rmtree(folder, ignore_errors=True)
            return None
        self.loads += 1
        return snap

    def _save(self, snap: LexicalSnapshot) -> None:
        """Write into a private temporary folder, then rename it into place: readers never see half a
        cache, and two processes building the same generation at once both end with a whole one."""
        if self.cache_dir is None:
            return
        folder = self.cache_dir / self._key(snap.generation)
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.cache_dir))
            snap.save(tmp)
            files = {
                str(p.relative_to(tmp)): _checksum(p) for p in sorted(tmp.rglob("*")) if p.is_file()
            }
            manifest = {"generation": snap.generation, "fingerprint": self.fingerprint(), "files": files}
            (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
            try:
                os.rename(tmp, folder)
            except OSError:  # another process saved the same generation first: keep theirs
                shutil.rmtree(tmp, ignore_errors=True)
            self._prune(keep=folder.name)
        except OSError as exc:  # a read-only or full disk costs speed, not answers
            _log.warning("could not write the lexical index cache under %s (%s)", self.cache_dir, exc)

    def _prune(self, keep: str) -> None:
        """Remove other generations' caches (and temporary folders older than an hour)."""
        now = time.time()
        for entry in self.cache_dir.iterdir() if self.cache_dir else ():
            if entry.name == keep or not entry.is_dir():
                continue
            if entry.name.startswith(".tmp-") and now - entry.stat().st_mtime < 3600:
                continue  # maybe another process writing right now
            shutil.rmtree(entry, ignore_errors=True)


def cache_dir_for(data_dir: Path, location: str, collection: str) -> Path:
    """Where the lexical cache of one collection lives: under the data dir, one folder per store
    (the embedded index or a server address) and collection."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{location}-{collection}").strip("_")[-80:]
    digest = hashlib.sha256(f"{location}|{collection}".encode()).hexdigest()[:8]
    return data_dir / "lexical" / f"{slug}-{digest}"


def _checksum(path: Path) -> tuple[int, int]:
    crc = 0
    size = 0
    with path.open("rb") as fh:
        while block := fh.read(1 << 22):
            crc = zlib.crc32(block, crc)
            size += len(block)
    return size, crc


def _contains(tokens: frozenset[str], unit: QueryUnit) -> bool:
    """Whether ``tokens`` contain the unit: its word, or every word of one of the concept's terms."""
    if unit.tokens.isdisjoint(tokens):
        return False
    if not unit.concept:
        return True
    return any(term and all(t in tokens for t in term) for term in set(unit.terms) | set(unit.matched))
