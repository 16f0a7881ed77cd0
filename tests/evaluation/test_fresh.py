"""First-run figures of fresh batches: only committed batches, only once, with the figures of that run."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.contracts import BotReply, ToolCallRecord
from bot.evaluation import evaluate
from bot.evaluation.fresh import FreshBatchError, append_record, batch_commit, build_record, ensure_first_run


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, check=True,
                          capture_output=True, text=True).stdout.strip()


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, "init", "-q")
    (tmp_path / "eval" / "fresh").mkdir(parents=True)
    (tmp_path / "README.md").write_text("x\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "start")
    return tmp_path


CASES = [
    {"id": "a", "question": "45 staff?", "tags": ["quota"],
     "expect": {"facts": ["5"], "tool": "trainee_quota", "tool_args": {"full_time_employees": 45}}},
    {"id": "b", "question": "Weather?", "tags": ["oos"], "expect": {"refuse": True}},
    {"id": "c", "question": "Founded?", "tags": ["knowledge"], "expect": {"facts": ["1993"]}},
]


def test_a_committed_batch_is_recorded_once_with_its_commit_and_figures(repo: Path, scripted_bot):
    batch = repo / "eval" / "fresh" / "2026-12-02_users.jsonl"
    batch.write_text("\n".join(json.dumps(c) for c in CASES) + "\n", encoding="utf-8")
    with pytest.raises(FreshBatchError, match="not committed: commit the batch first"):
        batch_commit(batch)
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "batch")
    relative, commit = batch_commit(batch)
    assert relative == "eval/fresh/2026-12-02_users.jsonl" and commit == git(repo, "rev-parse", "--short", "HEAD")

    bot = scripted_bot({"45 staff?": BotReply(answer="Up to 4.", tool_calls=[
        ToolCallRecord(name="trainee_quota", args={"full_time_employees": 45}, result={})])},
        default=BotReply(answer="Sorry, I can only help with the programs.", refused=True))
    run = evaluate(bot, [batch], progress=False)
    record = build_record(run, relative, commit, now=datetime(2026, 12, 2, tzinfo=timezone.utc))
    assert (record.date, record.cases, record.passed) == ("2026-12-02", 3, 1)
    assert (record.answer_accuracy, record.tool_argument_accuracy, record.refusal_accuracy) == (0.0, 1.0, 1.0)
    assert record.categories["oos"].pass_rate == 1.0 and record.categories["quota"].pass_rate == 0.0

    log = repo / "eval" / "results" / "fresh_batches.jsonl"
    append_record(record, log)
    line = json.loads(log.read_text(encoding="utf-8"))
    assert line["file"] == relative and line["commit"] == commit and line["pass_rate"] == pytest.approx(1 / 3)
    with pytest.raises(FreshBatchError, match="already has its first-run figures"):
        append_record(record, log)

    batch.write_text(batch.read_text(encoding="utf-8") + json.dumps({"id": "d", "question": "x"}) + "\n")
    with pytest.raises(FreshBatchError, match="uncommitted changes"):
        batch_commit(batch)


def test_a_broken_log_line_is_named_not_silently_skipped(tmp_path: Path):
    log = tmp_path / "fresh_batches.jsonl"
    log.write_text('{"file": "a.jsonl"}\nnot json\n', encoding="utf-8")
    with pytest.raises(FreshBatchError, match="fresh_batches.jsonl:2 is not a fresh-batch record"):
        ensure_first_run("b.jsonl", log)
    with pytest.raises(FreshBatchError, match="fresh batch not found"):
        batch_commit(tmp_path / "none.jsonl")
