"""What the benchmarks share: one way to time an ingest, the queries, percentiles and paired latency
measurement (systems taking turns query by query), a free local port and stopping a process they started.

Used by eval/bench_retrieval.py and eval/bench_scale.py, so their ingest and latency figures are measured
the same way, and by eval/bench_chat_load.py and eval/bench_startup.py for the app they start.
"""

from __future__ import annotations

import json
import socket
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ingest import IngestReport
    from bot.settings import Settings
    from bot.store import ChunkStore

REPO = Path(__file__).resolve().parent.parent
K = 5
WARMUP = 3

System = tuple[str, Callable[[str], list[str]]]  # a name and run(question) -> ranked doc ids


@dataclass(frozen=True)
class TimedIngest:
    report: "IngestReport"
    seconds: float  # wall clock of bot.ingest.ingest, start to return
    cpu_seconds: float  # CPU time of this process meanwhile (all threads, Chroma's included)

    @property
    def chunks_per_s(self) -> float:
        """Chunks embedded and written per second (0 when nothing was embedded)."""
        return round(self.report.embedded / self.seconds, 1) if self.seconds > 0 else 0.0

    @property
    def chunks_per_cpu_s(self) -> float:
        """Chunks per CPU second: what load from other processes changes least (on an idle machine the wall
        rate lies between this and this times the cores the ingest can keep busy)."""
        return round(self.report.embedded / self.cpu_seconds, 1) if self.cpu_seconds > 0 else 0.0


def timed_ingest(settings: "Settings", store: "ChunkStore", *, allow_errors: bool = False) -> TimedIngest:
    """Run the real ingest once and time it; a document that fails to load stops the benchmark (a
    figure over a partial corpus would mislead) unless ``allow_errors``."""
    from bot.ingest import ingest

    started, cpu = time.perf_counter(), time.process_time()
    report = ingest(settings, store)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    if report.errors and not allow_errors:
        raise SystemExit(f"{len(report.errors)} documents failed to load, e.g. {report.errors[0]}")
    return TimedIngest(report, seconds, cpu_seconds)


def load_queries() -> list[tuple[str, list[str]]]:
    """(question, source doc ids) of every single-turn eval case that names its ``sources``."""
    out = []
    for path in sorted((REPO / "eval" / "datasets").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            sources = (case.get("expect") or {}).get("sources")
            if isinstance(case.get("question"), str) and sources:
                out.append((case["question"], sources))
    return out


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop_process(proc: subprocess.Popen, timeout: float = 20) -> None:
    """Terminate a process the benchmark started; kill it if it has not ended within ``timeout`` seconds."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    pos = (len(ordered) - 1) * q
    lo, hi = int(pos), min(int(pos) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def measure(systems: Sequence[System], queries: Sequence[tuple[str, list[str]]], *, warmup: int = WARMUP) -> dict[str, dict]:
    """Latency (p50/p95/mean ms) and hit@5 per system. The systems take turns query by query (the order
    rotating), so load from other processes on a shared machine falls on all of them alike; each entry
    after the first also gets ``p50_over_ours``: its p50 over the first system's."""
    for question, _ in queries[:warmup]:
        for _, run in systems:
            run(question)
    latencies: list[list[float]] = [[] for _ in systems]
    hits = [0] * len(systems)
    for n, (question, sources) in enumerate(queries):
        for turn in range(len(systems)):
            i = (n + turn) % len(systems)
            started = time.perf_counter()
            docs = systems[i][1](question)
            latencies[i].append(1000 * (time.perf_counter() - started))
            hits[i] += any(d in sources for d in docs[:K])
    out: dict[str, dict] = {}
    for i, (name, _) in enumerate(systems):
        values = latencies[i]
        out[name] = {
            "queries": len(values),
            "hit_at_5": round(hits[i] / max(len(values), 1), 4),
            "p50_ms": round(percentile(values, 0.50), 2),
            "p95_ms": round(percentile(values, 0.95), 2),
            "mean_ms": round(statistics.fmean(values), 2) if values else 0.0,
        }
    first = out[systems[0][0]]["p50_ms"] if systems else 0.0
    for name in list(out)[1:]:
        out[name]["p50_over_ours"] = round(out[name]["p50_ms"] / first, 2) if first else None
    return out
