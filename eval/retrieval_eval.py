"""Retrieval alone, on every eval dataset case with ``sources``: hit@5 and MRR for plain BM25, BM25 with
the vocabulary, dense alone and the hybrid, side by side; and how well the confidence separates in-scope
questions (cases with sources) from out-of-scope ones (``refuse: true``, no sources, no tool).

The index is built in a temporary data dir from knowledge/docs with the real ingest.

    .venv/bin/python eval/retrieval_eval.py [--datasets eval/datasets/*.jsonl] [--out eval/results/retrieval_eval.json]
    .venv/bin/python eval/retrieval_eval.py --fit     # also fit the confidence weights (logistic regression)
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.ingest import ingest  # noqa: E402
from bot.query import load_vocabulary  # noqa: E402
from bot.retrieval import HybridRetriever  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import open_store  # noqa: E402
from bot.wiring import build_embedder  # noqa: E402

METHODS = ("bm25", "bm25+vocab", "dense", "dense+vocab", "hybrid-relative", "hybrid")
DEPTH = 10  # ranks looked at for MRR


def load_cases(paths: list[Path]) -> list[dict]:
    cases = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            case = json.loads(line)
            case["_file"] = path.name
            case["_line"] = n
            cases.append(case)
    return cases


def question_of(case: dict) -> str | None:
    """Single-turn cases only: the retrieval of a multi-turn case depends on the conversation."""
    return case.get("question") if isinstance(case.get("question"), str) else None


def ranked(retriever: HybridRetriever, question: str, method: str) -> list[tuple[str, str]]:
    """(doc_id, chunk text) best first, for one method."""
    analysis = retriever.analyzer.analyze(question)
    if analysis.empty:
        return []
    if method in ("bm25", "bm25+vocab"):
        snap, hits = retriever.lexical_side(analysis, DEPTH, None, use_vocabulary=method == "bm25+vocab")
        return [(str(snap.metadata[row].get("doc_id", "")), snap.texts[row]) for _, _, row in hits]
    if method in ("dense", "dense+vocab"):
        if method == "dense":
            analysis.dense_text = analysis.text  # the question as the user wrote it, no vocabulary
        return [(str(meta.get("doc_id", "")), text) for _, _, text, meta in retriever.dense_side(analysis, DEPTH, None)]
    fusion = retriever.fusion
    if method == "hybrid-relative":  # score fusion (settings.retrieval_fusion = relative), for comparison
        retriever.fusion = "relative"
    try:
        run = retriever.retrieve(question, DEPTH)
    finally:
        retriever.fusion = fusion
    return [(str(c.metadata.get("doc_id", "")), c.text) for c in run.ranked]


def ranked_docs(retriever: HybridRetriever, question: str, method: str) -> list[str]:
    return [doc for doc, _ in ranked(retriever, question, method)]


def answers(passages: list[tuple[str, str]], facts: list[str], depth: int) -> bool:
    """Whether one of the first ``depth`` passages matches every fact regex (the answer is in it)."""
    return any(all(re.search(f, text, re.IGNORECASE) for f in facts) for _, text in passages[:depth])


def score(docs: list[str], sources: list[str]) -> tuple[bool, float]:
    rank = next((i + 1 for i, d in enumerate(docs) if d in sources), None)
    return (rank is not None and rank <= 5), (1.0 / rank if rank else 0.0)


def separation(inside: list[float], outside: list[float], threshold: float) -> dict:
    def stats(xs: list[float]) -> dict:
        if not xs:
            return {"n": 0}
        return {"n": len(xs), "min": round(min(xs), 4), "max": round(max(xs), 4), "mean": round(statistics.fmean(xs), 4)}

    return {
        "threshold": threshold,
        "in_scope": stats(inside),
        "out_of_scope": stats(outside),
        "in_scope_below_threshold": sum(1 for x in inside if x < threshold),
        "out_of_scope_at_or_above_threshold": sum(1 for x in outside if x >= threshold),
        "margin": round(min(inside) - max(outside), 4) if inside and outside else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", nargs="*", type=Path, default=sorted((REPO / "eval" / "datasets").glob("*.jsonl")))
    parser.add_argument("--knowledge", type=Path, default=REPO / "knowledge")
    parser.add_argument("--out", type=Path, default=REPO / "eval" / "results" / "retrieval_eval.json")
    parser.add_argument("--embedder", default="offline", choices=["offline", "sentence-transformers"])
    parser.add_argument("--fit", action="store_true", help="fit the confidence weights on these cases and print them")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every case")
    args = parser.parse_args(argv)

    cases = load_cases(args.datasets)
    with tempfile.TemporaryDirectory(prefix="retrieval-eval-") as tmp:
        settings = Settings(
            _env_file=None, data_dir=Path(tmp) / "data", knowledge_dir=args.knowledge, embedder=args.embedder,
            chroma_url=None, llm=None,
        )
        store = open_store(settings, build_embedder(settings))
        report = ingest(settings, store)
        chunk_count = store.count()  # read while the temporary store exists
        embedder_name = store.embedder.name
        retriever = HybridRetriever(
            store, load_vocabulary(settings.knowledge_dir), settings.relevance_threshold,
            max_query_chars=settings.max_message_chars, dense_weight=settings.retrieval_dense_weight,
        )
        threshold = settings.relevance_threshold

        ranking_cases = [c for c in cases if question_of(c) and (c.get("expect") or {}).get("sources")]
        per_method: dict[str, dict] = {}
        rows = []
        fact_cases = [c for c in ranking_cases if (c.get("expect") or {}).get("facts")]
        for method in METHODS:
            hits, rrs, at1, at3 = [], [], [], []
            started = time.perf_counter()
            for case in ranking_cases:
                passages = ranked(retriever, question_of(case), method)
                docs = [doc for doc, _ in passages]
                hit, rr = score(docs, case["expect"]["sources"])
                hits.append(hit)
                rrs.append(rr)
                facts = case["expect"].get("facts")
                if facts:
                    at1.append(answers(passages, facts, 1))
                    at3.append(answers(passages, facts, 3))
                if method == "hybrid":
                    rows.append({
                        "id": case["id"], "file": case["_file"], "hit": hit, "rr": round(rr, 4), "top": docs[:5],
                        "answer_at_1": at1[-1] if facts else None,
                    })
            elapsed = time.perf_counter() - started
            per_method[method] = {
                "cases": len(ranking_cases),
                "hit_at_5": round(sum(hits) / max(len(hits), 1), 4),
                "mrr": round(sum(rrs) / max(len(rrs), 1), 4),
                # passage level: the top passage (top 3) contains every `facts` regex of the case
                "cases_with_facts": len(at1),
                "answer_at_1": round(sum(at1) / max(len(at1), 1), 4),
                "answer_at_3": round(sum(at3) / max(len(at3), 1), 4),
                "ms_per_query": round(1000 * elapsed / max(len(ranking_cases), 1), 2),
            }

        # Confidence: in scope = cases with sources; out of scope = refuse:true with no sources and no tool.
        conf_rows = []
        for case in cases:
            q = question_of(case)
            expect = case.get("expect") or {}
            if not q:
                continue
            if expect.get("sources") and expect.get("refuse") is not True:
                label = 1
            elif expect.get("refuse") is True and not expect.get("sources") and not expect.get("tool"):
                label = 0
            else:
                continue
            run = retriever.retrieve(q, 5)
            conf_rows.append(
                {
                    "id": case["id"], "file": case["_file"], "in_scope": bool(label), "question": q,
                    "confidence": round(run.confidence, 4), "coverage": round(run.signals.coverage, 4),
                    "anchor": run.signals.anchor, "unknown": round(run.signals.unknown, 4),
                    "dense": round(run.signals.dense, 4),
                }
            )
        inside = [r["confidence"] for r in conf_rows if r["in_scope"]]
        outside = [r["confidence"] for r in conf_rows if not r["in_scope"]]
        sep = separation(inside, outside, threshold)
        by_file = {}
        for name in sorted({r["file"] for r in conf_rows}):
            sub = [r for r in conf_rows if r["file"] == name]
            by_file[name] = separation(
                [r["confidence"] for r in sub if r["in_scope"]], [r["confidence"] for r in sub if not r["in_scope"]], threshold
            )
        wrong_side = [
            {k: r[k] for k in ("id", "question", "in_scope", "confidence", "coverage", "anchor", "unknown", "dense")}
            for r in conf_rows
            if (r["in_scope"] and r["confidence"] < threshold) or (not r["in_scope"] and r["confidence"] >= threshold)
        ]

        fitted = fit(conf_rows, threshold) if args.fit else None

    hybrid = per_method["hybrid"]
    beats = {
        m: (hybrid["hit_at_5"] >= per_method[m]["hit_at_5"] and hybrid["mrr"] >= per_method[m]["mrr"])
        and (hybrid["hit_at_5"] > per_method[m]["hit_at_5"] or hybrid["mrr"] > per_method[m]["mrr"])
        for m in METHODS
        if m != "hybrid"
    }
    result = {
        "datasets": [p.name for p in args.datasets],
        "embedder": embedder_name,
        "index": {"documents": report.documents, "chunks": chunk_count},
        "ranking": per_method,
        "hybrid_beats": beats,
        "confidence": sep,
        "confidence_by_dataset": by_file,
        "wrong_side": wrong_side,
        "cases": rows,
        "confidence_cases": conf_rows,
    }
    if fitted:
        result["fitted_confidence_model"] = fitted
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    print(f"index: {report.documents} documents, {chunk_count} chunks, embedder {embedder_name}")
    print(f"ranking cases (single-turn, with sources): {len(ranking_cases)}; with facts: {len(fact_cases)}")
    print(f"{'method':<14}{'hit@5':>8}{'MRR':>8}{'ans@1':>8}{'ans@3':>8}{'ms/q':>8}")
    for m in METHODS:
        r = per_method[m]
        print(f"{m:<14}{r['hit_at_5']:>8.3f}{r['mrr']:>8.3f}{r['answer_at_1']:>8.3f}{r['answer_at_3']:>8.3f}"
              f"{r['ms_per_query']:>8.1f}")
    print("  hit@5/MRR: a source document among the top 5 / 1 over its rank; ans@1/ans@3: the first (first three)"
          " passages contain every `facts` regex")
    print("hybrid beats (no worse on both, better on one): " + ", ".join(f"{m}={'yes' if ok else 'NO'}" for m, ok in beats.items()))
    i, o = sep["in_scope"], sep["out_of_scope"]
    print(f"confidence (threshold {threshold}):")
    if i.get("n"):
        print(f"  in scope     n={i['n']:<3} min={i['min']:.3f} max={i['max']:.3f} mean={i['mean']:.3f}  below threshold: {sep['in_scope_below_threshold']}")
    if o.get("n"):
        print(f"  out of scope n={o['n']:<3} min={o['min']:.3f} max={o['max']:.3f} mean={o['mean']:.3f}  at/above threshold: {sep['out_of_scope_at_or_above_threshold']}")
    for name, s in by_file.items():
        print(f"  {name}: in-scope below {s['in_scope_below_threshold']}/{s['in_scope'].get('n', 0)}, "
              f"out-of-scope above {s['out_of_scope_at_or_above_threshold']}/{s['out_of_scope'].get('n', 0)}")
    for w in wrong_side:
        side = "in-scope below" if w["in_scope"] else "out-of-scope above"
        print(f"  wrong side ({side}): {w['id']} conf={w['confidence']:.3f} cov={w['coverage']:.2f} "
              f"anchor={w['anchor']:.0f} unknown={w['unknown']:.2f} dense={w['dense']:.2f} {w['question'][:70]!r}")
    if args.verbose:
        for r in rows:
            print(f"  {'HIT ' if r['hit'] else 'MISS'} rr={r['rr']:.2f} ans@1={r['answer_at_1']} {r['id']} {r['top'][:3]}")
    if fitted:
        print("fitted confidence model:", json.dumps(fitted))
    print(f"wrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")
    return 0


FEATURES = ("coverage", "anchor", "unknown", "dense")


def fit(rows: list[dict], threshold: float) -> dict | None:
    """Logistic regression of in-scope vs out-of-scope on the confidence signals, plus a held-out check:
    fitted on all datasets but one, how many cases of the left-out one fall on the wrong side."""
    import math

    from sklearn.linear_model import LogisticRegression

    def train(sub: list[dict]):
        labels = [int(r["in_scope"]) for r in sub]
        if len(set(labels)) < 2:
            return None
        return LogisticRegression(C=10.0, max_iter=1000).fit([[r[f] for f in FEATURES] for r in sub], labels)

    model = train(rows)
    if model is None:
        return None
    out: dict = {"bias": round(float(model.intercept_[0]), 3)}
    out.update({f: round(float(w), 3) for f, w in zip(FEATURES, model.coef_[0])})
    held_out = {}
    for name in sorted({r["file"] for r in rows}):
        other = train([r for r in rows if r["file"] != name])
        test = [r for r in rows if r["file"] == name]
        if other is None or not test:
            continue
        wrong = 0
        for r in test:
            z = float(other.intercept_[0]) + sum(float(w) * r[f] for f, w in zip(FEATURES, other.coef_[0]))
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
            wrong += int((p >= threshold) != r["in_scope"])
        held_out[name] = {"cases": len(test), "wrong_side": wrong}
    out["held_out"] = held_out
    return out


if __name__ == "__main__":
    raise SystemExit(main())
