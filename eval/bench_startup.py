"""Benchmark: start-up time of ``python app.py`` until the page is served, with an existing index.

Runs the app on a private copy of knowledge/ and a private data dir: one warm-up start builds the index
(not timed), then ``--runs`` timed starts measure wall time from process start to the first HTTP 200 on
``/``. One extra start with ``-X importtime`` records the heaviest imports, and a start under a small
wrapper records which heavy modules are loaded once the page is served (torch must not be).

    .venv/bin/python eval/bench_startup.py [--runs 5] [--out eval/results/bench_startup.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from benchkit import free_port, stop_process  # eval/ is on the path when run as a script

REPO = Path(__file__).resolve().parent.parent
APP = REPO / "app.py"
GOAL_S = 10.0
HEAVY = [
    "torch",
    "transformers",
    "sentence_transformers",
    "tensorflow",
    "jax",
    "onnxruntime",
    "pandas",
    "scipy",
    "sklearn",
    "numpy",
    "chromadb",
    "langchain",
    "langchain_core",
    "langgraph",
    "gradio",
    "bm25s",
]
# Runs app.py as __main__ and, once the page answers, writes the loaded heavy modules to a file.
WRAPPER = r"""
import json, runpy, sys, threading, time, urllib.request
url, out, app, heavy = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
def watch():
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.2)
    loaded = {name: name in sys.modules for name in heavy}
    with open(out, "w") as fh:
        json.dump(loaded, fh)
threading.Thread(target=watch, daemon=True).start()
sys.argv = [app]
runpy.run_path(app, run_name="__main__")
"""


def served(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310 - localhost
            return resp.status == 200
    except OSError:
        return False


def start_and_time(
    cmd: list[str], env: dict[str, str], cwd: Path, url: str, log: Path, timeout: float = 300,
    ready: Callable[[], bool] | None = None,
) -> float:
    """Seconds from start until ``ready()`` (default: the page answers 200); the process is stopped after."""
    ready = ready or (lambda: served(url))
    t0 = time.perf_counter()
    with log.open("wb") as fh:
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT)
    try:
        while time.perf_counter() - t0 < timeout:
            if proc.poll() is not None:
                raise RuntimeError(f"app exited with {proc.returncode}: {log.read_text(errors='replace')[-3000:]}")
            if ready():
                return time.perf_counter() - t0
            time.sleep(0.05)
        raise RuntimeError(f"app did not serve within {timeout}s")
    finally:
        stop_process(proc, timeout=15)


def top_imports(log_text: str, n: int = 12) -> list[dict[str, object]]:
    """Top-level packages by cumulative import time, from ``-X importtime`` output."""
    best: dict[str, int] = {}
    for line in log_text.splitlines():
        m = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)", line)
        if not m:
            continue
        cumulative, name = int(m.group(2)), m.group(4)
        top = name.split(".")[0]
        best[top] = max(best.get(top, 0), cumulative)
    ranked = sorted(best.items(), key=lambda kv: kv[1], reverse=True)[:n]
    return [{"module": name, "cumulative_s": round(us / 1e6, 3)} for name, us in ranked]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=REPO / "eval" / "results" / "bench_startup.json")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        shutil.copytree(REPO / "knowledge", work / "knowledge")
        port = free_port()
        url = f"http://127.0.0.1:{port}/"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "GRADIO_"))}
        env.update(
            BOT_DATA_DIR=str(work / "data"),
            BOT_KNOWLEDGE_DIR=str(work / "knowledge"),
            BOT_HOST="127.0.0.1",
            BOT_PORT=str(port),
            GRADIO_TEMP_DIR=str(work / "gradio-tmp"),
            GRADIO_ANALYTICS_ENABLED="False",
        )
        cmd = [sys.executable, str(APP)]
        cold = start_and_time(cmd, env, work, url, work / "warmup.log")  # builds the index
        print(f"first start (builds the index): {cold:.2f} s", flush=True)
        times = []
        for i in range(args.runs):
            t = start_and_time(cmd, env, work, url, work / f"run{i}.log")
            times.append(t)
            print(f"run {i + 1}: {t:.2f} s", flush=True)

        start_and_time([sys.executable, "-X", "importtime", str(APP)], env, work, url, work / "importtime.log")
        imports = top_imports((work / "importtime.log").read_text(errors="replace"))

        loaded_file = work / "loaded.json"
        wrapper = [sys.executable, "-c", WRAPPER, url, str(loaded_file), str(APP), json.dumps(HEAVY)]
        # stop this run only once the wrapper has written what it saw loaded (it writes right after the 200)
        start_and_time(wrapper, env, work, url, work / "wrapper.log", ready=loaded_file.exists)
        loaded = json.loads(loaded_file.read_text()) if loaded_file.exists() else {}
    finally:
        shutil.rmtree(work, ignore_errors=True)

    median = statistics.median(times)
    result = {
        "what": "python app.py start-up to first HTTP 200 on /, existing index, offline embedder",
        "runs": len(times),
        "times_s": [round(t, 3) for t in times],
        "median_s": round(median, 3),
        "min_s": round(min(times), 3),
        "max_s": round(max(times), 3),
        "first_start_with_indexing_s": round(cold, 3),
        "goal_s": GOAL_S,
        "goal_met": median < GOAL_S,
        "heavy_modules_loaded": sorted(name for name, on in loaded.items() if on),
        "heavy_modules_not_loaded": sorted(name for name, on in loaded.items() if not on),
        "torch_imported": loaded.get("torch"),
        "top_imports": imports,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))
    return 0 if result["goal_met"] and not result["torch_imported"] else 1


if __name__ == "__main__":
    sys.exit(main())
