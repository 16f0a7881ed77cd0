"""Filesystem faults at every CLI command: a read-only data folder, a full disk and missing permissions
end with one line saying what to do and a non-zero exit, never a traceback; an ingest that failed that
way leaves the index as it was.

The faults are real: a tmpfs mounted on the test's data folder (remounted read-only, or so small it is
full). The tests skip, saying why, where mounting is not allowed.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer

from bot.cli.common import run_guarded
from support import fill_disk, free_port, mount_tmpfs, remount, unmount

pytestmark = pytest.mark.slow

QUESTION = "Who can apply to the Japan Internship Program?"
NEW_DOC = "---\nid: fault-probe\ntitle: Fault probe\n---\n# Fault probe\n\nThe kumquat permit takes 9 days.\n"


@pytest.fixture
def data_mount(tmp_path: Path) -> Iterator[Path]:
    data = tmp_path / "data"
    try:
        mount_tmpfs(data, "50m")
    except OSError as exc:
        pytest.skip(f"cannot mount a tmpfs here ({exc}); the fault tests need mount rights")
    try:
        yield data
    finally:
        unmount(data)


def _env(data: Path, knowledge: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BOT_")}
    env.update(BOT_DATA_DIR=str(data), BOT_KNOWLEDGE_DIR=str(knowledge), BOT_EMBEDDER="offline")
    return env


def bot(env: dict[str, str], cwd: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, env=env, cwd=cwd,
        timeout=240,
    )


def assert_one_clear_line(out: subprocess.CompletedProcess, *words: str) -> None:
    assert out.returncode != 0, out.stdout
    assert "Traceback" not in out.stderr and "Traceback" not in out.stdout
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), out.stderr
    for word in words:
        assert word in lines[0], lines[0]


def test_every_command_on_a_read_only_data_folder(data_mount: Path, knowledge_copy: Path, tmp_path: Path):
    env = _env(data_mount, knowledge_copy)
    assert bot(env, tmp_path, "ingest").returncode == 0
    indexed = _doc_ids(env, tmp_path)
    (knowledge_copy / "docs" / "fault-probe.md").write_text(NEW_DOC, encoding="utf-8")
    dataset = tmp_path / "mini.jsonl"
    dataset.write_text(json.dumps({"id": "q", "question": QUESTION}) + "\n", encoding="utf-8")
    remount(data_mount, read_only=True)
    try:
        for args, stdin in [
            (("ingest",), ""),
            (("search", "internship"), ""),
            (("ask", QUESTION), ""),
            (("chat",), "hello\n"),
            (("eval", "--dataset", str(dataset), "--out", str(tmp_path / "report"), "--no-thresholds"), ""),
            (("serve", "--port", str(free_port())), ""),
            (("doctor",), ""),
        ]:
            assert_one_clear_line(bot(env, tmp_path, *args, stdin=stdin), "read-only", "BOT_DATA_DIR")
        # A command that does not need the data folder still works.
        tool = bot(env, tmp_path, "tool", "jip_support_funds", '{"mode": "online", "days": 3}')
        assert tool.returncode == 0, tool.stderr
    finally:
        remount(data_mount, read_only=False)
    # The failed ingest left the index as it was: the new document is not in it, the others are.
    assert _doc_ids(env, tmp_path) == indexed and "fault-probe" not in indexed[0]


def _doc_ids(env: dict[str, str], cwd: Path) -> tuple[set[str], int]:
    """(document ids, chunk count) of the index, read by `bot doctor --json`."""
    out = bot(env, cwd, "doctor", "--json")
    index = json.loads(out.stdout)["index"]
    return set(index["document_ids"]), index["chunks"]


def test_a_full_disk_gives_one_line_and_leaves_the_index_as_it_was(
    data_mount: Path, knowledge_copy: Path, tmp_path: Path
):
    env = _env(data_mount, knowledge_copy)
    assert bot(env, tmp_path, "ingest").returncode == 0
    indexed = _doc_ids(env, tmp_path)
    (knowledge_copy / "docs" / "fault-probe.md").write_text(NEW_DOC * 200, encoding="utf-8")
    filler = fill_disk(data_mount)
    try:
        for args in (("ingest",), ("search", "internship"), ("ask", QUESTION)):
            assert_one_clear_line(bot(env, tmp_path, *args), "is full", "free some space")
    finally:
        filler.unlink()
    assert _doc_ids(env, tmp_path) == indexed


def test_a_disk_that_fills_while_ingest_writes_leaves_the_index_as_it_was(
    data_mount: Path, knowledge_copy: Path, tmp_path: Path
):
    import random

    env = _env(data_mount, knowledge_copy)
    assert bot(env, tmp_path, "ingest").returncode == 0
    indexed = _doc_ids(env, tmp_path)
    words = ["kumquat", "permit", "orchard", "visa", "lantern", "tide", "harbor", "ledger", "quota", "trainee"]
    rng = random.Random(7)
    body = "\n\n".join(" ".join(rng.choice(words) for _ in range(120)) + "." for _ in range(1200))
    (knowledge_copy / "docs" / "zz-big.md").write_text(f"---\nid: zz-big\ntitle: Big\n---\n# Big\n\n{body}\n")
    filler = fill_disk(data_mount)
    os.truncate(filler, filler.stat().st_size - 2_000_000)  # room to open the index, not to write the document
    try:
        out = bot(env, tmp_path, "ingest")
        assert_one_clear_line(out, "is full", str(data_mount))
    finally:
        filler.unlink()
    assert _doc_ids(env, tmp_path) == indexed and "zz-big" not in indexed[0]
    # The run marker still says an ingest was cut short: the doctor says to run it again, and that works.
    doctor = bot(env, tmp_path, "doctor")
    assert doctor.returncode == 1 and "interrupted: run `bot ingest`" in doctor.stderr
    assert bot(env, tmp_path, "ingest").returncode == 0 and "zz-big" in _doc_ids(env, tmp_path)[0]


def test_a_tiny_disk_that_is_full_from_the_start(tmp_path: Path, knowledge_copy: Path):
    data = tmp_path / "tiny"
    try:
        mount_tmpfs(data, "64k")
    except OSError as exc:
        pytest.skip(f"cannot mount a tmpfs here ({exc})")
    try:
        out = bot(_env(data, knowledge_copy), tmp_path, "ingest")
        assert_one_clear_line(out, "is full")
    finally:
        unmount(data)


@pytest.mark.parametrize(
    "code, words",
    [(errno.EACCES, ("permission denied", "write access")), (errno.EROFS, ("read-only",)), (errno.ENOSPC, ("full",))],
)
def test_the_cli_handler_turns_each_fault_into_one_line(code: int, words: tuple[str, ...], capsys):
    def command() -> None:
        raise OSError(code, os.strerror(code), "/srv/bot/data/chroma")

    with pytest.raises(typer.Exit) as exit_info:
        run_guarded(command)
    assert exit_info.value.exit_code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and "\n" not in err and "/srv/bot/data/chroma" in err
    for word in words:
        assert word in err


def test_other_errors_are_not_disguised_as_disk_faults():
    def command() -> None:
        raise ValueError("a programming error")

    with pytest.raises(ValueError):
        run_guarded(command)
