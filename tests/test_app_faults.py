"""The app under faults: it starts and reports a Chroma server that is down (health 503 naming the
server, calculators still answer, the Knowledge tab says so in one line and the log has no traceback), and
refuses to start, in one line, with a weak staff password or a
read-only data folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import free_port, mount_tmpfs, unmount
from test_app import (
    CHROMIUM, CHROMIUM_ARGS, REPO_ROOT, client_for, ensure_chromium, http_get, open_app, start_app, stop_app,
)

pytestmark = pytest.mark.slow


def test_the_app_starts_with_the_store_down_and_says_so(tmp_path: Path):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    running = start_app(tmp_path / "down", staff=False, extra_env={"BOT_CHROMA_URL": url})
    try:
        status, body = http_get(running.url + "/health")
        report = json.loads(body)
        assert status == 503 and report["status"] == "fail"
        store = next(c for c in report["checks"] if c["name"] == "index store")
        assert not store["ok"] and url in store["detail"]
        _, reply = client_for(running).predict(
            "We have 45 full-time employees: how many technical intern trainees can we take?", api_name="/chat"
        )
        assert any(call["name"] == "trainee_quota" for call in reply["tool_calls"]), reply
        log = running.log()
        assert log.count("index store unavailable at start-up") == 1 and url in log
        _knowledge_tab_says_the_list_is_unavailable(running, url, tmp_path)
    finally:
        stop_app(running)


def _knowledge_tab_says_the_list_is_unavailable(running, url: str, tmp_path: Path) -> None:
    """In Chromium: the Knowledge tab shows one plain line naming the server; the log has one line per page
    load for it and no traceback. Screenshot in the test's tmp path."""
    from playwright.sync_api import sync_playwright

    ensure_chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        open_app(page, running.url)
        page.get_by_role("tab", name="Knowledge").click()
        status = page.locator("#documents-status")
        status.get_by_text("The document list cannot be shown right now").wait_for(timeout=30_000)
        assert url.split("//")[1] in status.inner_text()
        page.screenshot(path=str(tmp_path / "knowledge-store-down.png"))
        browser.close()
    log = running.log()
    assert "Traceback" not in log, log[-3000:]
    assert log.count("Knowledge tab: the document list cannot be read") == 1, log[-3000:]


def _app_exit(root: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    root.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    env.update(BOT_KNOWLEDGE_DIR=str(REPO_ROOT / "knowledge"), BOT_PORT=str(free_port()), **env_extra)
    return subprocess.run(
        [sys.executable, str(REPO_ROOT / "app.py")], cwd=root, env=env, capture_output=True, text=True, timeout=180
    )


def _one_error_line(out: subprocess.CompletedProcess) -> str:
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    errors = [line for line in out.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, out.stderr
    return errors[0]


def test_a_weak_staff_password_stops_the_app_with_the_rule(tmp_path: Path):
    out = _app_exit(tmp_path, {
        "BOT_DATA_DIR": str(tmp_path / "data"), "BOT_STAFF_USERNAME": "maria", "BOT_STAFF_PASSWORD": "maria123",
    })
    line = _one_error_line(out)
    assert "BOT_STAFF_PASSWORD is too weak" in line and "at least 12 characters" in line


def test_a_read_only_data_folder_stops_the_app_with_one_line(tmp_path: Path):
    data = tmp_path / "data"
    try:
        mount_tmpfs(data, "10m", read_only=True)
    except OSError as exc:
        pytest.skip(f"cannot mount a tmpfs here ({exc})")
    try:
        line = _one_error_line(_app_exit(tmp_path, {"BOT_DATA_DIR": str(data)}))
        assert "read-only" in line and "BOT_DATA_DIR" in line
    finally:
        unmount(data)

