"""Query latency (p50/p95) and hit@5 of our hybrid retriever against LangChain's EnsembleRetriever
(BM25Retriever from langchain_community + a langchain_chroma retriever), side by side, on the same corpus
and the same queries: the knowledge base, and the knowledge base plus generated distractor documents
(10,000 chunks in all).

Both sides read the same Chroma collection with the same embedder, built by the real ingest in a temp
data dir. Queries: the single-turn eval cases that name their ``sources``. Writes
eval/results/bench_retrieval.json.

    .venv/bin/python eval/bench_retrieval.py [--chunks 10000] [--out eval/results/bench_retrieval.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "eval"))

from benchkit import K, load_queries, measure, timed_ingest  # noqa: E402
from bot.embeddings import Embedder  # noqa: E402
from bot.retrieval import HybridRetriever, build_retriever  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.store import ChunkStore, open_store  # noqa: E402
from bot.wiring import build_embedder  # noqa: E402

SECTIONS_PER_DOC = 20

# --- generated distractors: plausible administrative prose that shares many words with the real
# documents (period, employees, application, training, internship, visa, years...) but answers none
# of the questions.
_SUBJECTS = [
    "The regional tourism board", "A prefectural planning committee", "The city chamber of commerce",
    "A logistics company in the port district", "The municipal library service", "An agricultural cooperative",
    "A mid-sized software vendor", "The harbour authority", "A university hospital", "The public transport bureau",
    "A textile manufacturer", "The national park office", "A regional bank", "The school board",
    "A construction consultancy", "The water utility", "A chain of bakeries", "The football association",
    "A cooking school", "The weather service", "A shipping insurer", "The tax office", "A hotel group",
]
_VERBS = [
    "reviewed", "published", "extended", "cancelled", "approved", "postponed", "audited", "expanded",
    "merged", "renovated", "simplified", "announced", "revised", "suspended", "evaluated",
]
_OBJECTS = [
    "its annual budget", "the evacuation plan for coastal towns", "a new night bus route", "the recycling programme",
    "the staff training hours for drivers", "the visitor satisfaction survey", "the schedule of evening cooking classes",
    "the harbour dredging contract", "the museum's opening hours", "the apprenticeship scheme for carpenters",
    "the maximum period for residential parking permits", "the number of employees eligible for a seasonal bonus",
    "the application window for allotment garden plots", "the summer internship for architecture students",
    "the visa support desk for visiting musicians", "the quota of fishing licences per season",
    "the limit on overtime hours in warehouses", "the subsidy for solar panels on farm buildings",
    "the certification of organic vegetable growers", "the exam calendar for taxi drivers",
    "the insurance terms for rental bicycles", "the accommodation list for conference guests",
    "the online booking system for sports halls", "the requirements for food truck permits",
]
_DETAILS = [
    "Applications are accepted from {m1} to {m2} {year}.", "The change affects about {n} households.",
    "The period of the pilot is {k} years.", "Up to {n} participants can take part each year.",
    "A fee of {yen} yen per day applies.", "Companies with fewer than {k}0 employees are exempt.",
    "The committee will report again in {year}.", "Questions go to the help desk on weekdays.",
    "Forms can be sent by post or through the online portal.", "At least {p}% of the hours must be practical work.",
    "The previous scheme ran from {year} to {year2}.", "Residents of {city} may apply in person.",
]
_CITIES = ["Sapporo", "Sendai", "Niigata", "Kanazawa", "Nagoya", "Kobe", "Hiroshima", "Fukuoka", "Naha", "Lyon",
           "Toronto", "Melbourne", "Hamburg", "Valencia", "Austin", "Cebu", "Pune", "Da Nang"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}."


def _detail(rng: random.Random) -> str:
    year = rng.randint(1995, 2030)
    return rng.choice(_DETAILS).format(
        m1=rng.choice(_MONTHS), m2=rng.choice(_MONTHS), year=year, year2=year + rng.randint(1, 6),
        n=rng.randint(2, 900), k=rng.randint(1, 9), yen=rng.choice(["500", "1,200", "2,000", "3,500"]),
        p=rng.choice([20, 30, 40, 50, 60]), city=rng.choice(_CITIES),
    )


def write_distractors(docs_dir: Path, n_docs: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for d in range(n_docs):
        city = rng.choice(_CITIES)
        lines = [
            "---", f"id: synthetic-{d:05d}", f"title: Municipal notices from {city}, volume {d}", "program: general",
            "source: generated by eval/bench_retrieval.py (distractor)", f'as_of: "{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}"',
            "language: en", "---", "",
        ]
        for s in range(SECTIONS_PER_DOC):
            lines.append(f"## Notice {s + 1}")
            lines.append("")
            lines.append(" ".join([_sentence(rng), _detail(rng), _sentence(rng), _detail(rng)]))
            lines.append("")
        (docs_dir / f"synthetic-{d:05d}.md").write_text("\n".join(lines), encoding="utf-8")


# --- the LangChain side -----------------------------------------------------------------------------
def langchain_ensemble(settings: Settings, store: ChunkStore, embedder: Embedder, lowercase: bool):
    """EnsembleRetriever([BM25Retriever, Chroma retriever]) over the very same chunks and vectors."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_classic.retrievers import EnsembleRetriever
    from langchain_community.retrievers import BM25Retriever
    from langchain_core.documents import Document
    from langchain_core.embeddings import Embeddings

    class SameEmbedder(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed_documents(texts)

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed_query(text)

    started = time.perf_counter()
    docs = [Document(page_content=c.text, metadata=dict(c.metadata), id=c.chunk_id) for c in store.all_chunks()]
    kwargs = {"preprocess_func": lambda t: re.findall(r"\w+", t.lower())} if lowercase else {}
    bm25 = BM25Retriever.from_documents(docs, k=K, **kwargs)
    client = chromadb.PersistentClient(path=str(settings.chroma_dir), settings=ChromaSettings(anonymized_telemetry=False))
    vectors = Chroma(client=client, collection_name=settings.collection, embedding_function=SameEmbedder(),
                     create_collection_if_not_exists=False)
    ensemble = EnsembleRetriever(retrievers=[bm25, vectors.as_retriever(search_kwargs={"k": K})], weights=[0.5, 0.5])
    return ensemble, time.perf_counter() - started


# --- measuring ---------------------------------------------------------------------------------------
def bench_corpus(label: str, settings: Settings, queries: list[tuple[str, list[str]]]) -> dict:
    embedder = build_embedder(settings)
    store = open_store(settings, embedder)
    ingested = timed_ingest(settings, store)
    report, ingest_s = ingested.report, ingested.seconds

    retriever: HybridRetriever = build_retriever(settings, store)
    started = time.perf_counter()
    retriever.lexical.snapshot()  # the BM25 index is built on the first query; time it on its own
    build = [time.perf_counter() - started]

    def ours(question: str) -> list[str]:
        return [p.doc_id for p in retriever.search(question, k=K).passages]

    systems = [("ours: HybridRetriever (bm25s + Chroma, RRF, snippets, confidence)", ours)]
    for lowercase in (False, True):
        ensemble, build_s = langchain_ensemble(settings, store, embedder, lowercase)
        build.append(build_s)

        def theirs(question: str, ensemble=ensemble) -> list[str]:
            return [str(d.metadata.get("doc_id", "")) for d in ensemble.invoke(question)]

        name = "LangChain EnsembleRetriever (BM25Retriever " + (
            "with lower-cased word tokens" if lowercase else "default whitespace split") + " + Chroma retriever)"
        systems.append((name, theirs))
    rows = [{"system": name, **stats} for name, stats in measure(systems, queries).items()]
    for row, seconds in zip(rows, build):
        row["index_build_s"] = round(seconds, 3)
    return {
        "corpus": label,
        "documents": report.documents,
        "chunks": store.count(),
        "ingest_s": round(ingest_s, 2),
        "embedder": embedder.name,
        "results": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=10_000, help="size of the generated corpus")
    parser.add_argument("--out", type=Path, default=REPO / "eval" / "results" / "bench_retrieval.json")
    args = parser.parse_args(argv)

    queries = load_queries()
    corpora = []
    with tempfile.TemporaryDirectory(prefix="bench-retrieval-") as tmp:
        base = Settings(_env_file=None, knowledge_dir=REPO / "knowledge", data_dir=Path(tmp) / "kb", embedder="offline",
                        chroma_url=None, llm=None)
        corpora.append(bench_corpus("knowledge base", base, queries))

        knowledge = Path(tmp) / "knowledge-10k"
        shutil.copytree(REPO / "knowledge", knowledge)
        kb_chunks = corpora[0]["chunks"]
        write_distractors(knowledge / "docs", max(0, (args.chunks - kb_chunks)) // SECTIONS_PER_DOC)
        big = base.model_copy(update={"knowledge_dir": knowledge, "data_dir": Path(tmp) / "big"})
        corpora.append(bench_corpus(f"knowledge base + generated distractors (~{args.chunks} chunks)", big, queries))

    result = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": _cpus()},
        "k": K,
        "queries": len(queries),
        "corpora": corpora,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    for corpus in corpora:
        print(f"\n{corpus['corpus']}: {corpus['documents']} documents, {corpus['chunks']} chunks "
              f"(ingest {corpus['ingest_s']} s, embedder {corpus['embedder']})")
        print(f"  {'system':<100}{'hit@5':>7}{'p50 ms':>9}{'p95 ms':>9}{'build s':>9}")
        for row in corpus["results"]:
            print(f"  {row['system']:<100}{row['hit_at_5']:>7.3f}{row['p50_ms']:>9.1f}{row['p95_ms']:>9.1f}"
                  f"{row['index_build_s']:>9.2f}")
    print(f"\nwrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")
    return 0


def _cpus() -> int | None:
    import os

    return os.cpu_count()


if __name__ == "__main__":
    raise SystemExit(main())
