"""Hybrid retrieval: dense (Chroma) + BM25 fused by their normalised scores, with a calibrated confidence.

The confidence says whether anything relevant was found, so the agent can refuse instead of answering
from an unrelated passage. It combines how much of the question the best passages cover (words weighted
by rarity, vocabulary concepts as units), whether a domain term of the question is covered, how much of
the question is words the documents never use, and the dense similarity. The weights were fitted by
logistic regression on the eval datasets (``eval/retrieval_eval.py --fit``, which also reports how a fit
on the other files does on each held-out file); the threshold lives in settings.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from bot.contracts import Passage, SearchResult
from bot.lexical import LexicalIndex, LexicalSnapshot, cache_dir_for, split_sentences
from bot.query import QueryAnalysis, QueryUnit, TextAnalyzer, Vocabulary, load_vocabulary, numbered_asks

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.store import ChunkStore

SNIPPET_MAX_CHARS = 400
# The share of unknown words (Signals.unknown) from which a part that asks is about something else.
OFF_TOPIC_UNKNOWN = 0.5
_NUMBER_RE = re.compile(r"^(?:fy)?\d[\d.,]*$")
# A BM25 score this many times the runner-up's is a clear winner (see HybridRetriever.fuse): on the eval sets and
# tests/test_query_*.py the clear winners the dense side missed scored 1.23-2.1 times the next passage, the close
# ones it rightly outvoted (an age cap asked of the JIP, an out-of-scope points question) 1.01-1.11 times. The SSW passage
# (5 years, 14 industries) asked as "How many fields does SSW cover?" won BM25 by 1.19 times and the dense side's
# short list left it out (rank 7): the line sits between the two groups.
CLEAR_WINNER = 1.15
# How confident a question on topic, searched alone, must be for the message to be searched without the off-topic
# questions beside it (see HybridRetriever.retrieve): the JIP's age limit asked beside the weather scores 0.99 alone; a
# question about the year-end tax adjustment of foreign staff (0.51 alone: "foreign staff" is all the documents know
# of it) does not outvote the tax forms asked beside it.
FOCUS_CONFIDENCE = 0.9
# BM25's first passages that the fusion keeps near the top when the dense side's short list leaves them out and they are
# of the program the question names (see HybridRetriever.fuse). Two: the near-tie at the top ("Re-Skills講座の対象に
# なる分野": the fields list second by 0.5%); deeper passages promoted this way (an activity log seventh for a question on
# SSW No. 2, the bare release date third for the postal deadline of the attachments) only pushed out passages the dense
# side had listed, and the answer quoted the wrong one. Retrieval eval MRR 0.981 -> 0.984.
LEXICAL_LEADERS = 2


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic model over four signals; ``confidence = sigmoid(bias + Σ weight · signal)``.

    coverage: share of the question (rarity-weighted units) found in one of the top passages, 0..1.
    anchor:   1 when a domain concept of the question (a program, "No.2", "peripheral"...) is in it.
    unknown:  share of the question made of words no document uses at all ("Canada", "H-1B", "tax").
    dense:    cosine similarity of the best dense hit (0 when the dense side found nothing).
    """

    bias: float = -2.72
    coverage: float = 5.43
    anchor: float = 2.80
    unknown: float = -3.23
    dense: float = 2.84
    # How many of the fused top passages the coverage looks at.
    top_passages: int = 3

    def __call__(self, signals: "Signals") -> float:
        z = (
            self.bias
            + self.coverage * signals.coverage
            + self.anchor * signals.anchor
            + self.unknown * signals.unknown
            + self.dense * signals.dense
        )
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@dataclass
class Candidate:
    chunk_id: str
    text: str
    metadata: dict[str, Any]
    row: int | None  # row in the lexical snapshot, when the chunk is in it
    dense_score: float | None = None
    dense_rank: int | None = None
    lexical_score: float | None = None
    lexical_rank: int | None = None
    fused: float = 0.0


@dataclass(frozen=True)
class Signals:
    coverage: float
    anchor: float
    unknown: float
    dense: float


@dataclass
class Retrieval:
    """One search before it becomes a SearchResult: the ranking and the evidence for the confidence."""

    analysis: QueryAnalysis
    shown: str  # the query as searched (normalised), for display
    snapshot: LexicalSnapshot | None = None
    ranked: list[Candidate] = field(default_factory=list)
    dense: list[tuple[str, float, str, dict]] = field(default_factory=list)
    signals: Signals = Signals(0.0, 0.0, 0.0, 0.0)
    confidence: float = 0.0
    message: str | None = None
    reason: str | None = None  # the stable code of message (SearchResult.reason)
    left_out: list[str] = field(default_factory=list)  # off-topic asking parts searched without (SearchResult)


class HybridRetriever:
    """Search the knowledge base: ``search(query, k, program, doc_id) -> SearchResult``."""

    def __init__(
        self,
        store: "ChunkStore",
        vocabulary: Vocabulary | None = None,
        threshold: float = 0.5,
        *,
        max_query_chars: int = 1000,
        lexical_weight: float = 1.0,
        # "rrf": weighted reciprocal-rank fusion (the default, settings.retrieval_fusion); "relative":
        # normalised scores (see ``fuse``), eval/retrieval_eval.py reports both.
        fusion: str = "rrf",
        rrf_k: int = 60,
        # The offline embedder's hashed n-grams rank less well than BM25 with the vocabulary (eval set:
        # MRR 0.89 vs 0.95; passage answer@1 0.57 vs 0.70): its normalised score counts 0.2 by default
        # (settings.retrieval_dense_weight). In the score fusion (see ``fuse``), in-sample on the 104
        # retrieval-eval cases, MRR at 0.1 / 0.2 / 0.3 / 0.5: 0.971 / 0.976 / 0.976 / 0.971.
        dense_weight: float = 0.2,
        candidates: int = 30,
        dense_candidates: int = 10,
        synonym_weight: float = 0.6,
        confidence_model: ConfidenceModel | None = None,
        lexical_cache_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.analyzer = TextAnalyzer(vocabulary, max_query_chars=max_query_chars)
        self.lexical = LexicalIndex(store, self.analyzer, cache_dir=lexical_cache_dir)
        self.threshold = threshold
        if fusion not in ("relative", "rrf"):
            raise ValueError(f"unknown fusion {fusion!r}: use 'relative' or 'rrf'")
        self.fusion = fusion
        self.rrf_k = rrf_k
        self.lexical_weight = lexical_weight
        self.dense_weight = dense_weight
        self.candidates = candidates
        self.dense_candidates = dense_candidates
        self.synonym_weight = synonym_weight
        self.confidence_model = confidence_model or ConfidenceModel()

    # --- the two sides, also used alone by the retrieval eval ------------------------------------
    def dense_side(
        self,
        analysis: QueryAnalysis,
        n: int,
        filters: dict[str, str] | None,
        snap: LexicalSnapshot | None = None,
    ) -> list[tuple[str, float, str, dict]]:
        """(chunk_id, cosine similarity, text, metadata), best first.

        With the current lexical snapshot, Chroma returns only ids and distances and the text and
        metadata come from the snapshot (a chunk it does not hold is read from the store).
        """
        if not analysis.dense_text:
            return []
        where = _chroma_where(filters)
        if snap is None:
            hits = self.store.query(analysis.dense_text, k=n, where=where)
            return [(h.chunk_id, 1.0 - float(h.distance), h.text, dict(h.metadata or {})) for h in hits]
        hits = self.store.query(analysis.dense_text, k=n, where=where, content=False)
        rows = snap.row
        missing = {c.chunk_id: c for c in self.store.get([h.chunk_id for h in hits if h.chunk_id not in rows])}
        out = []
        for h in hits:
            row = rows.get(h.chunk_id)
            if row is not None:
                out.append((h.chunk_id, 1.0 - float(h.distance), snap.texts[row], dict(snap.metadata[row])))
            elif h.chunk_id in missing:
                chunk = missing[h.chunk_id]
                out.append((h.chunk_id, 1.0 - float(h.distance), chunk.text, dict(chunk.metadata)))
        return out

    def lexical_side(
        self, analysis: QueryAnalysis, n: int, filters: dict[str, str] | None, *, use_vocabulary: bool = True
    ) -> tuple[LexicalSnapshot, list[tuple[str, float, int]]]:
        """(chunk_id, BM25 score, snapshot row), best first; without the vocabulary it is plain BM25."""
        snap = self.lexical.snapshot()
        if use_vocabulary:
            scores = snap.score_units(analysis.units, self.synonym_weight)
        else:
            scores = snap.score_tokens(analysis.tokens)
        return snap, [(h.chunk_id, h.score, h.index) for h in snap.top(scores, n, filters)]

    # --- search -----------------------------------------------------------------------------------
    def search(self, query: str, k: int = 5, program: str | None = None, doc_id: str | None = None) -> SearchResult:
        """Ranked passages for ``query``; never raises on bad text (the result carries a ``message``)."""
        run = self.retrieve(query, k, program=program, doc_id=doc_id)
        passages = [self._passage(run.analysis, run.snapshot, c) for c in run.ranked] if run.snapshot else []
        return SearchResult(
            query=run.shown,
            passages=passages,
            confidence=round(run.confidence, 4),
            relevant=bool(passages) and run.confidence >= self.threshold,
            message=run.message,
            reason=run.reason,
            left_out=run.left_out,
        )

    def retrieve(
        self, query: str, k: int = 5, *, program: str | None = None, doc_id: str | None = None, parts: bool = True
    ) -> "Retrieval":
        """The ranking and the signals behind ``search`` (used by the eval to fit the confidence).

        Relevance is decided by what the message asks, not by its background: when the parts that ask
        (``TextAnalyzer.asking_parts``) all ask about something the documents do not speak of (words no
        document uses, and not relevant searched alone), the message is not relevant, whatever program its
        background names ("When I go to Japan for the internship... Could you recommend ramen restaurants
        near Namba station?"). Background may still add program words to a question that is on topic.
        A message that asks both on topic and off topic, and is not relevant as a whole, is searched without its
        off-topic parts: the question on topic decides, however long the off-topic one is."""
        run = self._retrieve_asked(query, k, program=program, doc_id=doc_id, parts=parts)
        return self._with_parts_searched(run, query, k, program=program, doc_id=doc_id) if parts else run

    def _with_parts_searched(self, run: "Retrieval", query: str, k: int, *, program: str | None,
                             doc_id: str | None) -> "Retrieval":
        """The ranking with the best passage of each part the vocabulary searches on its own (``part_searches``): a
        part asked beside one that outranks it ("the application period, and how do we apply?", 受付期間はいつまで
        で、どのような方法で申請する) gets the passage its own words find in the program the question names, in place
        of the last passage when none of the ranking is it. A question that asks only the other part ("when is the
        application period?") is ranked as before."""
        if not run.ranked or run.snapshot is None:
            return run
        scope = program or self._named_program(run.analysis)
        if scope is not None or doc_id is not None:
            return self._parts_searched(run, k, set(run.analysis.concepts), scope, doc_id)
        # a message that names several programs, each ask its own (①技能実習は最長で何年…②特定技能1号では…): each ask is
        # searched in the program it names; an ask that names none or several is searched with none
        # (what one ask's search added stays beside the next ask's)
        added: set[str] = set()
        for ask in self._asks(query) if isinstance(query, str) else []:
            analysis = self.analyzer.analyze(ask)
            own_scope = self._named_program(analysis, run.snapshot)
            if own_scope is not None:
                before = {c.chunk_id for c in run.ranked}
                run = self._parts_searched(run, k, set(analysis.concepts), own_scope, None, keep=added)
                added |= {c.chunk_id for c in run.ranked} - before
        return run

    def _named_program(self, analysis: QueryAnalysis, snap: LexicalSnapshot | None = None) -> str | None:
        """The one program a text names (a ministry named beside it, 厚労省 of "the MHLW benefit too?", has no
        documents); none when it names none or several."""
        snap = snap or self.lexical.snapshot()
        named = sorted({u.concept for u in analysis.units if u.document} & set(snap.programs))
        return named[0] if len(named) == 1 else None

    def _asks(self, text: str) -> list[str]:
        """The asks of a message: its asking parts, a numbered list of asks one ask per number."""
        _, asking = self.analyzer.asking_parts(text, unmarked=True)
        return [ask for part in asking for ask in (numbered_asks(part) or [part])]

    def _parts_searched(self, run: "Retrieval", k: int, concepts: set[str], scope: str | None,
                        doc_id: str | None, keep: set[str] = frozenset()) -> "Retrieval":
        """``run`` with the passage of each part search that ``concepts`` call for, found in ``scope``, in place of the
        last passage not in ``keep``. A part search after one the message already called for (its passage added or
        ranked already) adds its passage beside the ranking, pushing out none: three asks (the course requirements, the
        providers' requirements, the procedure) need room for each one's passage."""
        by_id = {c.id: c for c in self.analyzer.vocabulary.concepts}
        keep = set(keep)
        room = k
        for part in self.analyzer.vocabulary.part_searches:
            if not concepts & set(part.beside) or not any(set(when) <= concepts for when in part.when):
                continue
            concept = by_id[part.search]
            words = part.words or " ".join(concept.evidence or concept.terms)
            own = self._retrieve(words, 1, program=scope, doc_id=doc_id)
            best = own.ranked[0] if own.ranked else None
            if best is None:
                continue
            if any(c.chunk_id == best.chunk_id for c in run.ranked[:room]):
                keep.add(best.chunk_id)  # ranked already: a later part search does not push it out
                room = len(run.ranked) + 1  # the next part search adds beside the ranking
                continue
            kept = run.ranked[:room]
            if len(kept) >= room:
                drop = next((i for i in range(len(kept) - 1, -1, -1) if kept[i].chunk_id not in keep), len(kept) - 1)
                kept = kept[:drop] + kept[drop + 1:]
            best.fused = min(best.fused, run.ranked[len(kept) - 1].fused if kept else best.fused)  # it ranks last
            run.ranked = [*kept, best]
            keep.add(best.chunk_id)
            room = len(run.ranked) + 1  # the next part search adds beside the ranking
        return run

    def _retrieve_asked(
        self, query: str, k: int = 5, *, program: str | None = None, doc_id: str | None = None, parts: bool = True
    ) -> "Retrieval":
        """``retrieve`` before the parts searched on their own: the whole message, or its parts on topic."""
        run = self._retrieve(query, k, program=program, doc_id=doc_id)
        if not parts or not run.ranked or not isinstance(query, str):
            return run
        split, asking = self.analyzer.asking_parts(query, unmarked=True)
        # the parts of the user's own text: English search terms in front of a Japanese question are no part of it
        if len(split) - (1 if self.analyzer.search_terms_lead(query) else 0) < 2:
            return run
        asked = [self._retrieve(part, k, program=program, doc_id=doc_id) for part in asking]
        off = [part for part, a in zip(asking, asked) if self._off_topic(a)]
        if len(off) == len(asked):
            run.confidence = min(run.confidence, max((a.confidence for a in asked), default=0.0))
            return run
        # the questions clearly on topic; a part that only asks for the reply's form (``TextAnalyzer.qualifies``: "pls
        # tell me in yen") is none, so "how much salary? pls tell me in yen" is not searched as its yen
        focus = [
            part for part, a in zip(asking, asked)
            if part not in off and a.confidence >= FOCUS_CONFIDENCE and self.analyzer.asks(part)
            and not self.analyzer.qualifies(part)
        ]
        if not off or not focus:
            return run
        if run.confidence >= self.threshold:
            # relevant as a whole: its ranking stays, and the off-topic questions beside a question clearly on topic are
            # reported as left out ("what is weather in tokyo in august usually? and also what is the age limit for the
            # METI internship"), so the answer names them as not in the documents instead of refusing on the marked
            # one. A part that only asks for the reply's form is no part left out either ("How long can they stay?
            # Can you answer in English please?"), nor one that asks a detail of the subject of the question on topic
            # (a concept of it: "What score do I need for the SSW Japanese exam? and how much is the exam fee?" asks
            # about the exam twice, and the fee the documents do not state is the answer's to say)
            by_part = dict(zip(asking, asked))
            subjects = {c for part in focus for c in by_part[part].analysis.concepts}
            # ... nor one at least half of whose words the documents use that names a subject a passage ranked for
            # the whole message states, whatever word of its frame no document uses ("what share of the curriculum
            # must be practical work?" beside the fields the certification covers: the practical work of the courses
            # those passages describe)
            ranked = frozenset(t for c in run.ranked[:k] for t in self.analyzer.document_tokens(c.text))
            run.left_out = [
                part for part in off
                if not self.analyzer.qualifies(part) and not subjects & set(by_part[part].analysis.concepts)
                and not (by_part[part].signals.coverage >= 1 - OFF_TOPIC_UNKNOWN
                         and any(u.concept and not u.document and u.strength(ranked) > 0
                                 for u in by_part[part].analysis.units))
            ]
            return run
        # an off-topic question beside one on topic, written as a question and clearly on topic alone ("What is the
        # weather in Tokyo in August? And what is the age limit for the METI internship?"): the message is searched
        # without it, so the weather neither sinks the confidence nor ranks the passages. Background that only tells
        # ("わたしビザもうすぐきれる。") is no question on topic. A message relevant as a whole keeps its ranking: a short
        # request beside the question ("give me the list pls", off topic for its "pls") still helps rank the list.
        focused = self._retrieve(" ".join(p for p in split if p not in off), k, program=program, doc_id=doc_id)
        if not focused.ranked or focused.confidence < max(run.confidence, self.threshold):
            return run
        focused.shown = run.shown
        focused.left_out = [part for part in off if not self.analyzer.qualifies(part)]
        return focused

    def _off_topic(self, run: "Retrieval") -> bool:
        """A part that asks about content the documents do not have: at least half of it (rarity-weighted) is
        words no document uses (or Japanese content no vocabulary term covers), and searched alone it is not
        relevant. A part without such words ("How long can they stay?") or with one among on-topic ones
        ("What documents do they need from their college?") leans on the background and is on topic."""
        if run.reason is not None:
            return False  # nothing searchable of its own ("What about it?")
        if run.analysis.empty:  # only Japanese content the documents do not use ("大阪でおすすめのラーメン屋")
            return bool(run.analysis.unknown_written)
        return run.signals.unknown >= OFF_TOPIC_UNKNOWN and run.confidence < self.threshold

    def _retrieve(self, query: str, k: int = 5, *, program: str | None = None, doc_id: str | None = None) -> "Retrieval":
        analysis = self.analyzer.analyze(query)
        shown = analysis.text if analysis.text else (query if isinstance(query, str) else "")[:200]
        try:
            k = max(1, min(int(k), 50))
        except (TypeError, ValueError):
            k = 5
        if not analysis.text:
            return Retrieval(analysis, shown, message="The question is empty: type a question about the programs.",
                             reason="empty_question")
        if analysis.empty and analysis.unknown_ja:
            # Japanese content words that no document uses ("明日の大阪の天気は？"): the question has words, the
            # documents do not speak of them. Nothing relevant, and no reason: the plain "not in the documents".
            return Retrieval(analysis, shown)
        if analysis.empty:
            return Retrieval(
                analysis,
                shown,
                message="The question has no words that can be searched (only symbols, emoji or very common words).",
                reason="no_terms",
            )
        filters = {key: value for key, value in (("program", program), ("doc_id", doc_id)) if value} or None
        note = f"The question was shortened to its first {len(analysis.text)} characters." if analysis.truncated else None

        n = max(self.candidates, k)
        snap, lexical = self.lexical_side(analysis, n, filters)
        if snap.size == 0:
            return Retrieval(analysis, shown, snapshot=snap, message="The knowledge base is empty: run `bot ingest` first.",
                             reason="empty_index")
        # Chroma's cost grows with the rows it returns; deep dense ranks barely move a fused top k.
        dense = self.dense_side(analysis, max(k, self.dense_candidates), filters, snap)
        ranked = self.fuse(snap, lexical, dense, analysis)[:k]
        signals = self.signals(analysis, snap, ranked, dense)
        confidence = self.confidence_model(signals) if ranked else 0.0
        message = note
        if not ranked:
            nothing = "Nothing in the knowledge base matches this question" + (" with these filters." if filters else ".")
            message = f"{note} {nothing}" if note else nothing
        return Retrieval(analysis, shown, snap, ranked, dense, signals, confidence, message)

    def fuse(
        self,
        snap: LexicalSnapshot,
        lexical: Sequence[tuple[str, float, int]],
        dense: Sequence[tuple[str, float, str, dict]],
        analysis: QueryAnalysis | None = None,
    ) -> list[Candidate]:
        """Relative score fusion: ``lexical_weight · norm(BM25) + dense_weight · norm(cosine)``.

        Each side's scores are min-max normalised over that side's own candidates for this query (its
        best 1, its last 0; a side's candidate missing from the other side gets 0 there), as Weaviate's
        ``relativeScoreFusion`` and OpenSearch's ``min_max`` normalisation with ``arithmetic_mean``
        combination do. Unlike reciprocal-rank fusion this keeps the margins: a clear BM25 winner
        (2.02 against 1.33 for every other passage of its document) stays first unless the dense side
        prefers another passage by more than the lexical gap, so with the dense weight 0.2 the dense
        vote moves only passages within a fifth of BM25's range of each other (near-ties).
        """
        pool: dict[str, Candidate] = {}
        for rank, (cid, score, row) in enumerate(lexical):
            pool[cid] = Candidate(cid, snap.texts[row], snap.metadata[row], row, lexical_score=score, lexical_rank=rank)
        for rank, (cid, sim, text, meta) in enumerate(dense):
            cand = pool.get(cid)
            if cand is None:
                cand = pool[cid] = Candidate(cid, text, meta, snap.row.get(cid))
            cand.dense_score, cand.dense_rank = sim, rank
        if self.fusion == "rrf":  # Σ weight / (rrf_k + rank): ranks only, margins ignored
            # ... except one: BM25's clear winner (``_clear_winner``) that the dense side's short list leaves out ranks
            # just after that list there, not nowhere, or every passage on both lists outvotes it ("経産省 代表電話": the
            # Tel line, 2.1 times the next BM25 score, fell out of the top 5)
            # ... and, when the question names a program, a passage of that program's documents among BM25's first
            # LEXICAL_LEADERS that the dense side's short list left out gets the rank it can be expected to have there
            # (the middle of the ranks after the list), not none: the list holds a third of the passages, and without a
            # rank a passage BM25 ranks first or second ("Re-Skills講座の対象になる分野" -> the list of covered fields)
            # fell below every passage on both lists. The program is the passage's ``program`` (the id of its
            # ``document`` concept), not its title: "internship" in the TITP page's title does not make it the JIP's.
            # Not for a question that names no program: BM25's best passage for an off-topic question ("points for
            # permanent residency") is no better evidence than the dense side's, and its coverage would lift the
            # confidence
            clear = self._clear_winner(snap, lexical, analysis) if dense else None
            programs = {u.concept for u in (analysis.units if analysis is not None else []) if u.document}
            expected = (len(dense) + max(len(dense), snap.size - 1)) / 2
            for cand in pool.values():
                dense_rank: float | None = cand.dense_rank
                if dense_rank is None and dense and cand.chunk_id == clear:
                    dense_rank = len(dense)
                elif (
                    dense_rank is None and dense and cand.lexical_rank is not None
                    and cand.lexical_rank < LEXICAL_LEADERS
                    and str(cand.metadata.get("program") or "") in programs
                ):
                    dense_rank = expected
                cand.fused = sum(
                    weight / (self.rrf_k + rank + 1)
                    for weight, rank in ((self.lexical_weight, cand.lexical_rank), (self.dense_weight, dense_rank))
                    if rank is not None
                )
            return sorted(pool.values(), key=lambda c: (-c.fused, c.chunk_id))
        lexical_norm = _min_max([score for _, score, _ in lexical])
        dense_norm = _min_max([sim for _, sim, _, _ in dense])
        for cand in pool.values():
            cand.fused = (
                self.lexical_weight * (lexical_norm(cand.lexical_score) if cand.lexical_score is not None else 0.0)
                + self.dense_weight * (dense_norm(cand.dense_score) if cand.dense_score is not None else 0.0)
            )
        return sorted(pool.values(), key=lambda c: (-c.fused, c.chunk_id))

    @staticmethod
    def _clear_winner(
        snap: LexicalSnapshot, lexical: Sequence[tuple[str, float, int]], analysis: QueryAnalysis | None
    ) -> str | None:
        """BM25's first passage when it wins clearly: by CLEAR_WINNER times the runner-up's score, and in a document
        about every program or institution the question names (a Re-Skills passage that wins "age limit of the
        internship run by METI" on "METI" and "run" is no clear answer about the JIP)."""
        if not lexical or (len(lexical) > 1 and lexical[0][1] < CLEAR_WINNER * lexical[1][1]):
            return None
        row = lexical[0][2]
        programs = [u for u in (analysis.units if analysis is not None else []) if u.document]
        return lexical[0][0] if all(snap.covers_title(row, u) for u in programs) else None

    # --- confidence -------------------------------------------------------------------------------
    def unit_weight(self, unit: QueryUnit, snap: LexicalSnapshot) -> float:
        """How much a unit of the question matters: concepts fully, words by their rarity (an unknown
        word, such as a country or a sport the documents never mention, weighs the most)."""
        if unit.concept:
            return 1.0
        weight = max(snap.idf(t) for t in unit.tokens)
        # Years, fiscal years and amounts ("FY2020", "2025") are details of a question, not its topic.
        return weight * 0.5 if all(_NUMBER_RE.match(t) for t in unit.tokens) else weight

    def signals(
        self,
        analysis: QueryAnalysis,
        snap: LexicalSnapshot,
        ranked: Sequence[Candidate],
        dense: Sequence[tuple[str, float, str, dict]],
    ) -> Signals:
        # a word no document uses, written only in an aside ("(a 90-person machine maker in Higashi-Osaka)"), describes
        # the one asking: it is no content of the question, on topic or off
        units = [u for u in analysis.units if u.concept or u.label not in analysis.aside
                 or any(snap.known(t) for t in u.tokens)]
        weights = [self.unit_weight(u, snap) for u in units]
        # Japanese content no vocabulary term covers weighs as a word no document uses (each run 1).
        unknown_ja = float(len(analysis.unknown_ja))
        total = (sum(weights) + unknown_ja) or 1.0
        coverage = 0.0
        anchor = 0.0
        for cand in ranked[: self.confidence_model.top_passages]:
            if cand.row is None:
                continue
            covered = [snap.covers(cand.row, u) for u in units]
            coverage = max(coverage, sum(w for w, c in zip(weights, covered) if c) / total)
            if any(c and u.anchor for u, c in zip(units, covered)):
                anchor = 1.0
        unknown = unknown_ja + sum(
            w for u, w in zip(units, weights) if not u.concept and not any(snap.known(t) for t in u.tokens)
        )
        best_dense = max((sim for _, sim, _, _ in dense), default=0.0)
        return Signals(coverage=coverage, anchor=anchor, unknown=unknown / total, dense=max(0.0, best_dense))

    # --- passages -----------------------------------------------------------------------------------
    def _passage(self, analysis: QueryAnalysis, snap: LexicalSnapshot, cand: Candidate) -> Passage:
        meta = cand.metadata
        return Passage(
            chunk_id=cand.chunk_id,
            doc_id=str(meta.get("doc_id") or cand.chunk_id.split("::", 1)[0]),
            title=str(meta.get("title") or ""),
            section=str(meta.get("section") or ""),
            program=str(meta.get("program") or ""),
            as_of=str(meta["as_of"]) if meta.get("as_of") else None,
            text=cand.text,
            snippet=self.snippet(analysis, snap, cand.text, cand.row),
            score=round(cand.fused, 6),
            dense_score=None if cand.dense_score is None else round(cand.dense_score, 4),
            lexical_score=None if cand.lexical_score is None else round(cand.lexical_score, 4),
        )

    def snippet(self, analysis: QueryAnalysis, snap: LexicalSnapshot, text: str, row: int | None = None) -> str:
        """The one or two sentences of ``text`` that best answer the question (quotable as they are)."""
        if row is not None:
            split = snap.sentences(row)
        else:  # a chunk the dense side found but the BM25 snapshot does not hold yet
            split = [(s, frozenset(self.analyzer.document_tokens(s))) for s in split_sentences(text)]
        if not split:
            return ""
        sentences = [s for s, _ in split]
        token_sets = [toks for _, toks in split]
        units = analysis.units
        matches = [[u.strength(toks, self.synonym_weight) for u in units] for toks in token_sets]
        covered = [[m > 0 for m in row] for row in matches]
        # A unit present in every sentence says nothing about which sentence answers: weigh units by
        # how few sentences contain them (and by their weight in the corpus).
        n = len(sentences)
        weights = []
        for j, unit in enumerate(units):
            in_sentences = sum(1 for row in covered if row[j])
            weights.append(self.unit_weight(unit, snap) * math.log(1.0 + n / (1.0 + in_sentences)) if in_sentences else 0.0)
        # Windows of one or two neighbouring sentences: a window scores the best match of each unit in
        # it. Two sentences must add something over one; among equals the shorter window is more quotable.
        active = [(j, w) for j, w in enumerate(weights) if w]  # a unit of weight 0 adds nothing
        lengths = [len(sentence) + 1 for sentence in sentences]
        scored: list[tuple[tuple[float, bool, int, int], tuple[int, ...], float]] = []
        for i in range(n):
            score = 0.0
            for j, w in active:
                score += w * matches[i][j]
            scored.append(((round(score, 6), True, -lengths[i], -i), (i,), score))
        for i in range(n - 1):
            if lengths[i] + lengths[i + 1] > SNIPPET_MAX_CHARS:
                continue
            score = 0.0
            for j, w in active:
                score += w * max(matches[i][j], matches[i + 1][j])
            scored.append(((round(score, 6), False, -(lengths[i] + lengths[i + 1]), -i), (i, i + 1), score))
        _, best, best_score = max(scored, key=lambda item: item[0])
        if best_score <= 0:
            best = (0,)  # nothing of the question in the chunk (a dense-only hit): its opening sentence
        snippet = " ".join(sentences[i] for i in best)
        if len(snippet) > SNIPPET_MAX_CHARS:
            snippet = snippet[: SNIPPET_MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"
        return snippet


def _min_max(scores: Sequence[float]) -> Callable[[float], float]:
    """Min-max normalisation over one side's candidates: the best 1, the last 0; when they all score
    the same (or there is one), each is 1: none is better than another on that side."""
    if not scores:
        return lambda score: 0.0
    low, high = min(scores), max(scores)
    if high - low <= 1e-12:
        return lambda score: 1.0
    span = high - low
    return lambda score: (score - low) / span


def _chroma_where(filters: dict[str, str] | None) -> dict | None:
    if not filters:
        return None
    clauses = [{key: value} for key, value in filters.items()]
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def build_retriever(settings: "Settings", store: "ChunkStore") -> HybridRetriever:
    """The retriever as configured: vocabulary from the knowledge folder, threshold from settings."""
    return HybridRetriever(
        store,
        load_vocabulary(settings.knowledge_dir),
        settings.relevance_threshold,
        max_query_chars=settings.max_message_chars,
        dense_weight=settings.retrieval_dense_weight,
        fusion=settings.retrieval_fusion,
        lexical_cache_dir=cache_dir_for(settings.data_dir, store.location, store.collection_name),
    )
