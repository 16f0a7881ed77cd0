"""BM25 (bm25s) over the chunks of the store, rebuilt whenever the store's contents change.

Chroma has no BM25 of its own, so the lexical side is built here from ``store.all_chunks()``: that works
the same for an embedded collection and for one on a Chroma server. Every search first compares
``store.generation()`` with the generation the index was built from, so a re-ingest (by this process or
another) is picked up on the next query and the index is never stale.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from typing import Any, Protocol, Sequence

import bm25s
import numpy as np

from bot.query import QueryUnit, TextAnalyzer

# A sentence ends at . ! ? or 。 followed by space, or at a line break (bullets, list items, headings).
# "No. 1", "e.g. AI" and "Art. 16" do not end a sentence.
_SENTENCE_RE = re.compile(
    r"(?<=[.!?。])(?<!\bNo\.)(?<!\bno\.)(?<!e\.g\.)(?<!i\.e\.)(?<!Art\.)(?<!art\.)\s+(?=[\"“(A-Z0-9*•・\u3000-\u9fff])|\n+"
)
_BULLET_RE = re.compile(r"^\s*(?:[-*•・]+|\d+\.)\s*")


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


class LexicalSnapshot:
    """An immutable BM25 index of one generation of the store (swapped whole, never mutated)."""

    def __init__(self, generation: str, chunks: Sequence[_StoredChunk], analyzer: TextAnalyzer, k1: float, b: float):
        self.generation = generation
        self.chunk_ids: list[str] = [c.chunk_id for c in chunks]
        self.texts: list[str] = [c.text for c in chunks]
        self.metadata: list[dict[str, Any]] = [dict(c.metadata or {}) for c in chunks]
        self.row: dict[str, int] = {cid: i for i, cid in enumerate(self.chunk_ids)}
        corpus_tokens = [analyzer.document_tokens(indexed_text(c.text, c.metadata or {})) for c in chunks]
        self.token_sets: list[frozenset[str]] = [frozenset(toks) for toks in corpus_tokens]
        # What a passage "covers" also includes its document's title: a chunk of the METI internship
        # page answers a question about "the METI internship" even if the chunk never says "METI".
        titles: dict[str, frozenset[str]] = {}
        self.context_sets: list[frozenset[str]] = []
        self.title_sets: list[frozenset[str]] = []
        for toks, meta in zip(self.token_sets, self.metadata):
            title = str(meta.get("title") or "")
            if title not in titles:
                titles[title] = frozenset(analyzer.document_tokens(title))
            self.title_sets.append(titles[title])
            self.context_sets.append(toks | titles[title])
        by_doc: dict[str, list[int]] = {}
        for i, meta in enumerate(self.metadata):
            by_doc.setdefault(str(meta.get("doc_id") or ""), []).append(i)
        self.doc_rows: dict[str, np.ndarray] = {d: np.asarray(r, dtype=np.int64) for d, r in by_doc.items()}
        self.size = len(self.chunk_ids)
        df: dict[str, int] = {}
        for toks in self.token_sets:
            for tok in toks:
                df[tok] = df.get(tok, 0) + 1
        self.df = df
        self._analyzer = analyzer
        self._sentences: dict[int, list[tuple[str, frozenset[str]]]] = {}
        self._model: bm25s.BM25 | None = None
        if self.size:
            self._model = bm25s.BM25(k1=k1, b=b)
            # An empty chunk would give bm25s an empty document; "" is its own placeholder token.
            self._model.index([toks or [""] for toks in corpus_tokens], show_progress=False)

    def sentences(self, row: int) -> list[tuple[str, frozenset[str]]]:
        """The sentences of chunk ``row`` with their tokens, computed once per snapshot (for snippets)."""
        cached = self._sentences.get(row)
        if cached is None:
            cached = [(s, frozenset(self._analyzer.document_tokens(s))) for s in split_sentences(self.texts[row])]
            self._sentences[row] = cached
        return cached

    # --- statistics used by the confidence and the snippets -------------------------------------
    def idf(self, token: str) -> float:
        """Inverse document frequency scaled to [0, 1]: 1 for a word no chunk contains."""
        n = max(self.size, 1)
        df = self.df.get(token, 0)
        top = math.log(1.0 + (n + 0.5) / 0.5)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5)) / top

    def known(self, token: str) -> bool:
        return token in self.df

    # --- scoring --------------------------------------------------------------------------------
    def token_scores(self, token: str) -> np.ndarray | None:
        """BM25 of one token for every chunk, or None when no chunk contains it."""
        if self._model is None or token not in self.df:
            return None
        return np.asarray(self._model.get_scores([token]), dtype=np.float64)

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
                for tok in unit.tokens:
                    c = col(tok)
                    if c is not None:
                        scores += c
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
                term_score = np.mean(cols, axis=0)
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
        out = unit_scores
        for rows in self.doc_rows.values():
            if not self.covers_title(int(rows[0]), unit):
                continue
            best = float(unit_scores[rows].max())
            if best <= 0:
                continue
            if out is unit_scores:
                out = unit_scores.copy()
            out[rows] = np.maximum(out[rows], best)
        return out

    def covers_title(self, row: int, unit: QueryUnit) -> bool:
        """Whether the title of chunk ``row``'s document contains one of the unit's whole terms."""
        return _contains(self.title_sets[row], unit)

    def mask(self, filters: dict[str, str] | None) -> np.ndarray | None:
        """1.0 for chunks whose metadata equals every filter value, else 0.0 (None: no filter)."""
        if not filters:
            return None
        keep = np.ones(self.size, dtype=np.float64)
        for key, value in filters.items():
            for i, meta in enumerate(self.metadata):
                if str(meta.get(key, "")) != str(value):
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
        """Whether chunk ``row`` (with its title) contains the unit."""
        return _contains(self.context_sets[row], unit)


class LexicalIndex:
    """BM25 over the store, kept in step with it: rebuilt whenever ``store.generation()`` changes."""

    def __init__(self, store: ChunkSource, analyzer: TextAnalyzer, *, k1: float = 1.2, b: float = 0.75):
        self.store = store
        self.analyzer = analyzer
        self.k1 = k1
        self.b = b
        self._snapshot: LexicalSnapshot | None = None
        self._lock = threading.Lock()
        self.rebuilds = 0

    def snapshot(self) -> LexicalSnapshot:
        """The index of the store's current contents (rebuilt first if the store changed)."""
        generation = self.store.generation()
        current = self._snapshot
        if current is not None and current.generation == generation:
            return current
        with self._lock:  # one rebuild at a time; others wait and then reuse it
            current = self._snapshot
            if current is not None and current.generation == generation:
                return current
            chunks = self.store.all_chunks()
            # Read the generation again: if an ingest ran while we read, label the snapshot with the
            # older value so the next query rebuilds rather than trusting a half-read index.
            after = self.store.generation()
            label = generation if after == generation else f"{generation}~stale"
            snap = LexicalSnapshot(label, chunks, self.analyzer, self.k1, self.b)
            self._snapshot = snap
            self.rebuilds += 1
            return snap

    def search(self, units: Sequence[QueryUnit], k: int, filters: dict[str, str] | None = None) -> list[LexicalHit]:
        snap = self.snapshot()
        return snap.top(snap.score_units(units), k, filters)


def _contains(tokens: frozenset[str], unit: QueryUnit) -> bool:
    """Whether ``tokens`` contain the unit: its word, or every word of one of the concept's terms."""
    if unit.tokens.isdisjoint(tokens):
        return False
    if not unit.concept:
        return True
    return any(term and all(t in tokens for t in term) for term in set(unit.terms) | set(unit.matched))
