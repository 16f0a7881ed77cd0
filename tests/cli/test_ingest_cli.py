"""``bot ingest``: JSON summary, exit codes, errors named on stderr, --rebuild, progress only when asked or on
a terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app

SUMMARY_KEYS = {"documents", "chunks", "added", "updated", "deleted", "unchanged", "errors", "embedded"}


@pytest.fixture
def env(tmp_path: Path, knowledge_copy: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)  # no .env file from the repo
    for key in list(os.environ):
        if key.startswith("BOT_"):
            monkeypatch.delenv(key)
    return {"BOT_DATA_DIR": str(tmp_path / "data"), "BOT_KNOWLEDGE_DIR": str(knowledge_copy)}


def run(env: dict[str, str], *args: str):
    return CliRunner().invoke(app, ["ingest", *args], env=env)


def test_json_summary_and_idempotent_second_run(env: dict[str, str]) -> None:
    first = run(env, "--json")
    second = run(env, "--json")

    assert first.exit_code == 0, first.output
    one, two = json.loads(first.stdout), json.loads(second.stdout)
    assert SUMMARY_KEYS <= set(one)
    assert (one["documents"], one["added"], one["errors"]) == (4, 4, [])
    assert one["embedded"] == one["chunks"] > 0
    assert (two["unchanged"], two["embedded"], two["chunks"]) == (4, 0, one["chunks"])


def test_plain_summary_without_progress_bar_when_not_a_terminal(env: dict[str, str]) -> None:
    result = run(env)

    assert result.exit_code == 0
    assert "4 documents" in result.stdout and "4 added" in result.stdout
    assert "chunk/s" not in result.stderr and "%|" not in result.stderr


def test_progress_bar_when_asked(env: dict[str, str]) -> None:
    result = run(env, "--progress")

    assert result.exit_code == 0 and "embedding" in result.stderr and "100%" in result.stderr


def test_bad_files_are_named_exit_1_and_good_documents_indexed(env: dict[str, str]) -> None:
    docs = Path(env["BOT_KNOWLEDGE_DIR"]) / "docs"
    (docs / "empty.md").write_bytes(b"")
    (docs / "binary.md").write_bytes(b"\x00\x01\x02" * 100)
    (docs / "latin1.md").write_bytes("---\nid: x\ntitle: Caf\xe9\n---\ntext\n".encode("latin-1"))
    (docs / "broken.md").write_text("---\nid: [broken\n---\ntext\n")
    (docs / "zz-dup.md").write_text((docs / "meti-reskills-courses.md").read_text())

    result = run(env, "--json")

    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert {e["file"] for e in summary["errors"]} == {"empty.md", "binary.md", "latin1.md", "broken.md", "zz-dup.md"}
    assert summary["documents"] == 4 and summary["added"] == 4
    for name in ("empty.md", "binary.md", "latin1.md", "broken.md", "zz-dup.md"):
        assert f"error: {name}: " in result.stderr
    assert "Traceback" not in result.output


def test_path_argument_and_missing_folder(env: dict[str, str], tmp_path: Path) -> None:
    only = tmp_path / "only"
    only.mkdir()
    (only / "a.md").write_text("---\nid: a\ntitle: A\n---\nSome text.\n")

    ok = run(env, str(only), "--json")
    missing = run(env, str(tmp_path / "nope"))

    assert ok.exit_code == 0 and json.loads(ok.stdout)["documents"] == 1
    assert missing.exit_code == 2 and "Documents folder not found" in missing.stderr
    assert "Traceback" not in missing.output


def test_other_embedder_says_rebuild_and_rebuild_fixes_it(env: dict[str, str]) -> None:
    assert run(env).exit_code == 0
    other = {**env, "BOT_OFFLINE_DIM": "256"}

    mismatch = run(other)
    rebuilt = run(other, "--rebuild", "--json")

    assert mismatch.exit_code == 2 and "bot ingest --rebuild" in mismatch.stderr
    assert "Traceback" not in mismatch.output
    assert rebuilt.exit_code == 0
    summary = json.loads(rebuilt.stdout)
    assert summary["rebuilt"] and summary["embedder"] == "offline-hash-v2-256" and summary["added"] == 4


def test_unreachable_chroma_server_is_one_line(env: dict[str, str]) -> None:
    result = run({**env, "BOT_CHROMA_URL": "http://127.0.0.1:9"})

    assert result.exit_code == 2 and "cannot be reached" in result.stderr and "Traceback" not in result.output


def test_python_dash_m_bot_ingest(env: dict[str, str], tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", "--json"],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=tmp_path,
        timeout=300,
    )

    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["documents"] == 4
    assert out.stderr == ""  # no progress bar when stderr is not a terminal
