"""How retrieval and ingest scale: 29 (the knowledge base), 1k, 10k, 50k and 100k chunks, on the embedded
Chroma index and on a Chroma server (``chroma run`` from the installed chromadb on 127.0.0.1, started and
stopped here).

At each size, in a fresh data dir:
- ingest: ``bot.ingest.ingest`` of the knowledge base plus generated distractor documents (chunks/s), then
  the BM25 index build that ``bot ingest`` does after it (saved under the data dir);
- unchanged re-ingest (seconds);
- first search in a fresh process: ``bot search`` as a whole process (median of 3, wall clock), with the
  saved BM25 index, and once without it (what a process pays when it must build it);
- steady search p50/p95 in one process, taking turns query by query with LangChain's EnsembleRetriever
  (embedded only, up to ``--ensemble-max`` chunks) and with the floor: a bare Chroma query plus a bare
  bm25s query (tokenise + top-k) on the same chunks, so ratios are paired and machine load falls on all;
- peak RSS of the search process and of the ingest, and the size of the index on disk.

The machine's load (``/proc/loadavg``) is recorded before and after each size. Writes
eval/results/bench_scale.json and eval/results/bench_scale.png (matplotlib: ``pip install -e .[dev]``).

    .venv/bin/python eval/bench_scale.py [--sizes 29,1000,10000,50000,100000] [--server-sizes 1000,10000]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "eval"))

from bench_retrieval import SECTIONS_PER_DOC, write_distractors  # noqa: E402
from benchkit import K, load_queries, measure, stop_process, timed_ingest  # noqa: E402

KB_CHUNKS = 29
FIRST_SEARCH_QUESTION = "What is the maximum period of the METI Japan Internship Program?"


# --- helpers ----------------------------------------------------------------------------------------
def load() -> list[float]:
    """The 1, 5 and 15 minute load averages."""
    return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]] if Path("/proc/loadavg").exists() else []


def code_version() -> str:
    """The commit the run measures (``+dirty`` when tracked files other than eval/results/ have changes)."""
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no", "--", ".", ":!eval/results"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"
    return f"{head}+dirty" if head and dirty else head or "unknown"


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def run_timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS (KB, GNU time's %M: the process itself, not its parent) and output of one
    whole process."""
    with tempfile.TemporaryDirectory() as tmp:
        rss_file = Path(tmp) / "rss"
        timed = ["/usr/bin/time", "-f", "%M", "-o", str(rss_file), *cmd] if Path("/usr/bin/time").exists() else cmd
        started = time.perf_counter()
        proc = subprocess.run(timed, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
        rss = int(rss_file.read_text().split()[-1]) if rss_file.exists() else 0
    return seconds, rss, proc.stdout


class ChromaServer:
    """``chroma run`` on 127.0.0.1 and a free port (the same way tests/support.py starts it)."""

    def __init__(self, data_dir: Path) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.data_dir = data_dir
        self._log = (data_dir.parent / f"chroma-{self.port}.log").open("wb")
        chroma = Path(sys.executable).parent / "chroma"
        self.proc = subprocess.Popen(
            [str(chroma), "run", "--path", str(data_dir), "--host", "127.0.0.1", "--port", str(self.port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"chroma run exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=2):
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise SystemExit("chroma server did not start")

    def peak_rss_kb(self) -> int:
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def stop(self) -> None:
        stop_process(self.proc)
        self._log.close()


# --- one size, one mode ---------------------------------------------------------------------------------
def corpus_for(size: int, root: Path) -> Path:
    """The knowledge base plus distractors up to about ``size`` chunks (written once per size)."""
    knowledge = root / f"knowledge-{size}"
    if not knowledge.exists():
        shutil.copytree(REPO / "knowledge", knowledge)
        write_distractors(knowledge / "docs", max(0, size - KB_CHUNKS) // SECTIONS_PER_DOC)
    return knowledge


def bench_one(size: int, mode: str, root: Path, queries: list[tuple[str, list[str]]], args: argparse.Namespace) -> dict:
    from bot.retrieval import build_retriever
    from bot.settings import Settings
    from bot.store import open_store
    from bot.wiring import build_embedder

    knowledge = corpus_for(size, root)
    data = root / f"data-{mode}-{size}"
    shutil.rmtree(data, ignore_errors=True)
    server = ChromaServer(root / f"server-{size}") if mode == "server" else None
    row: dict = {"target_chunks": size, "mode": mode, "code": code_version(), "load_before": load()}
    try:
        settings = Settings(
            _env_file=None, knowledge_dir=knowledge, data_dir=data, embedder="offline",
            chroma_url=server.url if server else None, llm=None,
        )
        embedder = build_embedder(settings)
        store = open_store(settings, embedder)
        ingested = timed_ingest(settings, store)
        report, ingest_s = ingested.report, ingested.seconds
        started = time.perf_counter()
        retriever = build_retriever(settings, store)
        retriever.lexical.snapshot()
        build_s = time.perf_counter() - started
        repeat = timed_ingest(settings, store)
        again, reingest_s = repeat.report, repeat.seconds
        assert again.embedded == 0 and again.unchanged == report.documents
        row.update(
            chunks=report.chunks, documents=report.documents, ingest_s=round(ingest_s, 2),
            ingest_chunks_per_s=ingested.chunks_per_s, ingest_cpu_s=round(ingested.cpu_seconds, 2),
            ingest_chunks_per_cpu_s=ingested.chunks_per_cpu_s, bm25_build_s=round(build_s, 2),
            unchanged_reingest_s=round(reingest_s, 2),
        )

        # A fresh `bot search` process, with the saved BM25 index (median of 3) and without it (once).
        env = {**os.environ, "BOT_DATA_DIR": str(data), "BOT_KNOWLEDGE_DIR": str(knowledge), "BOT_EMBEDDER": "offline"}
        env.pop("BOT_CHROMA_URL", None)
        if server:
            env["BOT_CHROMA_URL"] = server.url
        cmd = [str(Path(sys.executable).parent / "bot"), "search", FIRST_SEARCH_QUESTION]
        warm = [run_timed(cmd, env) for _ in range(3)]
        row["first_search_process_s"] = round(statistics.median(w[0] for w in warm), 2)
        row["first_search_process_runs_s"] = [round(w[0], 2) for w in warm]
        shutil.rmtree(data / "lexical", ignore_errors=True)
        cold = run_timed(cmd, env)
        row["first_search_process_without_saved_bm25_s"] = round(cold[0], 2)
        row["search_process_peak_rss_mb"] = round(max(w[1] for w in warm) / 1024, 1)
        row["search_process_without_saved_bm25_peak_rss_mb"] = round(cold[1] / 1024, 1)

        # Steady searches in this process, paired with the ensemble and the floor.
        retriever = build_retriever(settings, open_store(settings, embedder))
        systems = [("ours", lambda q: [p.doc_id for p in retriever.search(q, k=K).passages])]
        systems.append(("floor", floor_system(store, embedder)))
        n_queries = queries if size <= 10_000 else queries[: args.big_queries]
        if mode == "embedded" and size <= args.ensemble_max:
            from bench_retrieval import langchain_ensemble

            ensemble, ens_build = langchain_ensemble(settings, store, embedder, lowercase=True)
            row["ensemble_build_s"] = round(ens_build, 2)
            systems.append(("ensemble", lambda q: [str(d.metadata.get("doc_id", "")) for d in ensemble.invoke(q)]))
        row["steady"] = measure(systems, n_queries)
        import resource

        row["bench_process_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        if server:
            row["server_peak_rss_mb"] = round(server.peak_rss_kb() / 1024, 1)
            row["index_bytes"] = du(root / f"server-{size}")
            row["bm25_cache_bytes"] = du(data / "lexical")
        else:
            row["index_bytes"] = du(data / "chroma")
            row["bm25_cache_bytes"] = du(data / "lexical")
        retriever.lexical.snapshot()  # the cold run above re-saved it; keep the figure honest
        row["bm25_cache_bytes"] = du(data / "lexical")
    finally:
        if server:
            server.stop()
        row["load_after"] = load()
    return row


def floor_system(store, embedder):
    """A bare Chroma query plus a bare bm25s query (its own tokeniser and stemmer), nothing else."""
    import bm25s
    import Stemmer

    chunks = store.all_chunks()
    stemmer = Stemmer.Stemmer("english")
    model = bm25s.BM25()
    model.index(bm25s.tokenize([c.text for c in chunks], stopwords="en", stemmer=stemmer, show_progress=False), show_progress=False)
    doc_ids = [str(c.metadata.get("doc_id", "")) for c in chunks]
    collection = store._collection

    def run(question: str) -> list[str]:
        vector = embedder.embed_query(question)
        dense = collection.query(query_embeddings=[vector], n_results=10, include=["metadatas"])
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False)
        rows, _ = model.retrieve(tokens, k=min(30, len(chunks)), show_progress=False)
        return [doc_ids[i] for i in rows[0][:K]] + [str(m.get("doc_id", "")) for m in dense["metadatas"][0]]

    return run


# --- the plot ----------------------------------------------------------------------------------------------
def plot(rows: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.8))
    for mode, style in (("embedded", "-o"), ("server", "--s")):
        mine = sorted((r for r in rows if r["mode"] == mode), key=lambda r: r["chunks"])
        if not mine:
            continue
        xs = [r["chunks"] for r in mine]
        left.plot(xs, [r["steady"]["ours"]["p50_ms"] for r in mine], style, label=f"ours ({mode})")
        if mode == "embedded":
            left.plot(xs, [r["steady"]["floor"]["p50_ms"] for r in mine], ":^", label="floor: bare Chroma + bm25s")
            ens = [(r["chunks"], r["steady"]["ensemble"]["p50_ms"]) for r in mine if "ensemble" in r["steady"]]
            if ens:
                left.plot(*zip(*ens), "-.x", label="LangChain EnsembleRetriever")
        right.plot(xs, [r["first_search_process_s"] for r in mine], style, label=f"bot search process ({mode})")
        right.plot(xs, [r["first_search_process_without_saved_bm25_s"] for r in mine], style, alpha=0.4,
                   label=f"same, BM25 index not saved ({mode})")
    for ax, title, unit in ((left, "steady search p50", "ms"), (right, "fresh-process search", "s")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("chunks")
        ax.set_ylabel(unit)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="29,1000,10000,50000,100000")
    parser.add_argument("--server-sizes", default="1000,10000,100000")
    parser.add_argument("--ensemble-max", type=int, default=10_000, help="largest size the ensemble runs at")
    parser.add_argument("--big-queries", type=int, default=60, help="queries per system above 10k chunks")
    parser.add_argument("--out", type=Path, default=REPO / "eval" / "results" / "bench_scale.json")
    parser.add_argument("--work", type=Path, default=None, help="work folder (default: a temp dir, removed)")
    parser.add_argument("--keep-other-rows", action="store_true",
                        help="keep the rows of --out for sizes and stores not run this time (each row names its code)")
    args = parser.parse_args(argv)

    queries = load_queries()
    kept: list[dict] = []
    if args.keep_other_rows and args.out.exists():
        kept = json.loads(args.out.read_text(encoding="utf-8"))["rows"]
    rows: list[dict] = []
    work = Path(tempfile.mkdtemp(prefix="bench-scale-")) if args.work is None else args.work
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    try:
        plan = [(int(s), "embedded") for s in args.sizes.split(",") if s] + [
            (int(s), "server") for s in args.server_sizes.split(",") if s
        ]
        for size, mode in plan:
            print(f"[{time.perf_counter() - started:7.0f}s] {mode} {size} chunks (load {load()})", flush=True)
            row = bench_one(size, mode, work, queries, args)
            rows.append(row)
            print(json.dumps(row), flush=True)
            done = {(r["mode"], r["target_chunks"]) for r in rows}
            rows_out = sorted([r for r in kept if (r["mode"], r.get("target_chunks", r["chunks"])) not in done] + rows,
                              key=lambda r: (r["mode"], r["chunks"]))
            write(args.out, rows_out, started)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    plot(json.loads(args.out.read_text(encoding="utf-8"))["rows"], args.out.with_suffix(".png"))
    print(f"wrote {args.out} and {args.out.with_suffix('.png')}")
    return 0


def write(out: Path, rows: list[dict], started: float) -> None:
    result = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "note": "load_before/load_after are /proc/loadavg (1, 5, 15 min) around each size; 2 cores shared. Each row's "
                "code is the commit it measured (+dirty: tracked files outside eval/results had changes; for b3220f8+dirty "
                "and d824d51+dirty those were eval/ files and a store.py edit that left the index settings as they were).",
        "k": K,
        "seconds": round(time.perf_counter() - started),
        "rows": rows,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
