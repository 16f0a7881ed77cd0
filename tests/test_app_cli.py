"""``bot serve`` runs the same app as ``python app.py``; a taken port is a one-line error, not a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from support import free_port, stop_process

REPO_ROOT = Path(__file__).resolve().parent.parent
BOT = Path(sys.executable).parent / "bot"

pytestmark = pytest.mark.slow


def _env(root: Path, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_", "GRADIO_"))}
    env.update(
        BOT_DATA_DIR=str(root / "data"),
        BOT_KNOWLEDGE_DIR=str(root / "knowledge"),
        BOT_PORT="1",  # overridden by --port below: proves the option wins over settings
        GRADIO_TEMP_DIR=str(root / "gradio-tmp"),
        GRADIO_ANALYTICS_ENABLED="False",
    )
    return env


def test_bot_serve_port_option_and_taken_port(tmp_path):
    shutil.copytree(REPO_ROOT / "knowledge", tmp_path / "knowledge")
    port = free_port()
    proc = subprocess.Popen(
        [str(BOT), "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=tmp_path, env=_env(tmp_path, port), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 180
        served = False
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as resp:
                    served = resp.status == 200
                    break
            except OSError:
                time.sleep(0.3)
        assert served, proc.stdout.read().decode() if proc.poll() is not None else "not served in time"

        # Same port again: a clear message and exit code 2.
        second = subprocess.run(
            [str(BOT), "serve", "--port", str(port)],
            cwd=tmp_path, env=_env(tmp_path, port), capture_output=True, text=True, timeout=180,
        )
        assert second.returncode == 2
        assert f"cannot listen on 127.0.0.1:{port}" in second.stderr
        assert "Traceback" not in second.stderr + second.stdout
    finally:
        stop_process(proc)
