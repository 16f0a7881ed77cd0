"""Benchmark: many concurrent multi-turn conversations through the real app, driven by gradio_client.

Starts ``python app.py`` on a private copy of knowledge/ and a private data dir (the index is built before
timing starts), opens one gradio_client Client per user (each its own Gradio session), then runs all
users: they arrive spread over ``--ramp`` seconds (0 = all in the same instant, the worst case) and each
sends ``--turns`` messages of a quota conversation (ask, give its own employee count, ask again), reading
for ``--think`` seconds between turns. A turn's latency is the wall time of
``client.predict`` (queueing + the bot + the streamed updates until the last one). Cross-talk check: each
user's quota calculation must use that user's own employee count, and its history must show only its
own messages.

The load generator runs on the same machine (its own CPU use competes with the app): the figures are an
upper bound on what users would wait. It is kept cheap: all clients share one TLS context (gradio_client
opens a new httpx client for every request, and building a default TLS context, certificates and all, was
most of the generator's CPU although the app is plain HTTP). The machine's load average
(``os.getloadavg``), the app's CPU per turn and the generator's CPU are recorded.

    .venv/bin/python eval/bench_chat_load.py [--users 100] [--turns 3] [--think 3] [--ramp 10]
        [--out eval/results/bench_chat_load.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from benchkit import free_port, percentile, stop_process  # eval/ is on the path when run as a script

REPO = Path(__file__).resolve().parent.parent
GOAL_P95_S = 2.0


def start_app(root: Path) -> tuple[subprocess.Popen, str]:
    shutil.copytree(REPO / "knowledge", root / "knowledge")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "GRADIO_"))}
    env.update(
        BOT_DATA_DIR=str(root / "data"), BOT_KNOWLEDGE_DIR=str(root / "knowledge"), BOT_PORT=str(port),
        BOT_HOST="127.0.0.1", BOT_EMBEDDER="offline", GRADIO_ANALYTICS_ENABLED="False",
    )
    log = (root / "app.log").open("wb")
    proc = subprocess.Popen([sys.executable, str(REPO / "app.py")], cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"app exited: {(root / 'app.log').read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/", timeout=2) as resp:  # noqa: S310 - local app
                if resp.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise SystemExit("app did not start in 300 s")


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def conversation(n: int, turns: int) -> list[str]:
    script = [
        "How many technical intern trainees can our company accept each year?",
        f"We have {n} full-time employees.",
        "And how many No.2 trainees can we hold at once?",
        "Who can apply to the Japan Internship Program?",
    ]
    return [script[i % len(script)] for i in range(turns)]


def run(users: int, turns: int, think: float, ramp: float) -> dict[str, Any]:
    from gradio_client import Client

    with tempfile.TemporaryDirectory(prefix="bench-chat-") as tmp:
        proc, url = start_app(Path(tmp))
        try:
            # httpx's default 5 s timeout would count a slow queue join as an error: a browser waits.
            # One TLS context for every request of every client (see the module docstring).
            tls = ssl.create_default_context()
            clients = [
                Client(url, verbose=False, analytics_enabled=False, download_files=False, ssl_verify=tls,
                       httpx_kwargs={"timeout": 120})
                for _ in range(users)
            ]
            latencies: list[float] = []
            errors: list[str] = []
            crosstalk: list[str] = []
            lock = threading.Lock()
            start_gate = threading.Barrier(users)

            def user(i: int) -> None:
                n = 8 + 7 * i  # every user its own employee count
                start_gate.wait()
                time.sleep(ramp * i / users)  # users arrive spread over `ramp` seconds (0: all at once)
                for turn, text in enumerate(conversation(n, turns)):
                    t0 = time.perf_counter()
                    try:
                        messages, reply = clients[i].predict(text, api_name="/chat")
                    except Exception as exc:  # noqa: BLE001 - counted and reported
                        with lock:
                            errors.append(f"user {i} turn {turn}: {exc!r}"[:300])
                        continue
                    elapsed = time.perf_counter() - t0
                    with lock:
                        latencies.append(elapsed)
                    users_said = [m for m in messages if m.get("role") == "user"]
                    calls = [c for c in (reply or {}).get("tool_calls", []) if c["name"] == "trainee_quota"]
                    if turn >= 1 and calls and calls[-1]["args"].get("full_time_employees") != n:
                        crosstalk.append(f"user {i}: quota for {calls[-1]['args']} instead of {n}")
                    if len(users_said) != turn + 1:
                        crosstalk.append(f"user {i}: history has {len(users_said)} user messages after {turn + 1} turns")
                    if think:
                        time.sleep(think)

            load_before = os.getloadavg()
            app_cpu_before = process_cpu_s(proc.pid)
            client_cpu_before = time.process_time()
            threads = [threading.Thread(target=user, args=(i,)) for i in range(users)]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=1800)
            wall = time.perf_counter() - t0
            load_after = os.getloadavg()
            app_cpu = process_cpu_s(proc.pid) - app_cpu_before
            client_cpu = time.process_time() - client_cpu_before
        finally:
            stop_process(proc)
    return {
        "users": users,
        "turns_per_user": turns,
        "think_s": think,
        "ramp_s": ramp,
        "turns_done": len(latencies),
        "errors": len(errors),
        "error_samples": errors[:5],
        "crosstalk": len(crosstalk),
        "crosstalk_samples": crosstalk[:5],
        "p50_s": round(statistics.median(latencies), 3) if latencies else None,
        "p95_s": round(percentile(latencies, 0.95), 3) if latencies else None,
        "max_s": round(max(latencies), 3) if latencies else None,
        "turns_per_s": round(len(latencies) / wall, 2) if wall else None,
        "wall_s": round(wall, 1),
        "goal_p95_s": GOAL_P95_S,
        "app_cpu_s": round(app_cpu, 1),
        "app_cpu_ms_per_turn": round(1000 * app_cpu / len(latencies), 1) if latencies else None,
        "load_generator_cpu_s": round(client_cpu, 1),
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in load_after],
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "note": "load generator on the same machine; latency = client.predict wall time (queue + bot + stream)",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--turns", type=int, default=3)
    parser.add_argument("--think", type=float, default=3.0, help="seconds a user reads before the next turn")
    parser.add_argument("--ramp", type=float, default=10.0, help="users arrive spread over this many seconds")
    parser.add_argument("--out", type=Path, default=REPO / "eval" / "results" / "bench_chat_load.json")
    args = parser.parse_args()
    result = run(args.users, args.turns, args.think, args.ramp)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0 if not result["errors"] and not result["crosstalk"] else 1


if __name__ == "__main__":
    sys.exit(main())
