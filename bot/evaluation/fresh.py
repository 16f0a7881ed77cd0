"""First-run figures of fresh batches (``bot eval --record-fresh``): honest figures on questions nobody tuned for.

A fresh batch (eval/fresh/<date>_<name>.jsonl) is written before a round of changes, committed, and run
once; that first run's figures are appended to eval/results/fresh_batches.jsonl. Only then may the batch be
used for tuning. So a batch must be committed (the record names the commit the figures belong to) and may
be recorded only once: a second run is tuning, not a first run.
"""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel, Field

from bot.errors import BotError
from bot.evaluation.harness import EvalRun
from bot.evaluation.runner import CaseResult

FRESH_LOG = Path("eval/results/fresh_batches.jsonl")


class FreshBatchError(BotError):
    """A batch that cannot be recorded as a first run (not committed, already recorded, unreadable log)."""


class BatchFigures(BaseModel):
    cases: int
    passed: int
    pass_rate: float | None
    answer_accuracy: float | None = Field(description="facts + forbid, over the cases that have them.")
    tool_argument_accuracy: float | None = Field(description="tool + tool_args, over the cases that have them.")
    refusal_accuracy: float | None
    counts: dict[str, int] = Field(default_factory=dict, description="Denominator of each accuracy.")


class FreshRecord(BatchFigures):
    date: str
    file: str
    commit: str
    categories: dict[str, BatchFigures] = Field(default_factory=dict)


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    except FileNotFoundError as exc:
        raise FreshBatchError("git is not installed: a fresh batch is recorded with its commit") from exc
    except subprocess.CalledProcessError as exc:
        raise FreshBatchError(f"git {' '.join(args)} failed: {exc.stderr.strip() or exc}") from exc
    return done.stdout.strip()


def batch_commit(batch: Path) -> tuple[str, str]:
    """(path relative to the repository, short commit of HEAD) for a committed, unmodified batch file."""
    if not batch.is_file():
        raise FreshBatchError(f"fresh batch not found: {batch}")
    folder = batch.resolve().parent
    root = Path(_git(["rev-parse", "--show-toplevel"], folder))
    relative = batch.resolve().relative_to(root.resolve()).as_posix()
    try:
        committed = _git(["log", "-1", "--format=%h", "--", relative], root)
    except FreshBatchError:  # a repository without any commit yet
        committed = ""
    if not committed:
        raise FreshBatchError(f"{relative} is not committed: commit the batch first, then run it once")
    if _git(["status", "--porcelain", "--", relative], root):
        raise FreshBatchError(f"{relative} has uncommitted changes: commit them first, then run it once")
    return relative, _git(["rev-parse", "--short", "HEAD"], root)


def recorded_files(log: Path) -> set[str]:
    if not log.exists():
        return set()
    files = set()
    try:
        lines = log.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise FreshBatchError(f"cannot read {log}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            files.add(json.loads(line)["file"])
        except (ValueError, KeyError, TypeError) as exc:
            raise FreshBatchError(f"{log}:{number} is not a fresh-batch record: fix or remove that line") from exc
    return files


def ensure_first_run(relative: str, log: Path) -> None:
    if relative in recorded_files(log):
        raise FreshBatchError(
            f"{relative} already has its first-run figures in {log}: later runs are tuning runs "
            "(run it without --record-fresh)"
        )


def _rate(hits: list[bool]) -> float | None:
    return sum(hits) / len(hits) if hits else None


def figures(results: list[CaseResult]) -> BatchFigures:
    answer = [all(r.passed_check(n) is True for n in ("facts", "forbid") if n in r.expects)
              for r in results if {"facts", "forbid"} & set(r.expects)]
    tools = [all(r.passed_check(n) is True for n in ("tool", "tool_args") if n in r.expects)
             for r in results if {"tool", "tool_args"} & set(r.expects)]
    refusals = [r.passed_check("refuse") is True for r in results if "refuse" in r.expects]
    return BatchFigures(
        cases=len(results), passed=sum(r.passed for r in results), pass_rate=_rate([r.passed for r in results]),
        answer_accuracy=_rate(answer), tool_argument_accuracy=_rate(tools), refusal_accuracy=_rate(refusals),
        counts={"answer_accuracy": len(answer), "tool_argument_accuracy": len(tools), "refusal_accuracy": len(refusals)},
    )


def build_record(run: EvalRun, relative: str, commit: str, now: datetime | None = None) -> FreshRecord:
    groups: dict[str, list[CaseResult]] = {}
    for result in run.results:
        for tag in result.tags or ["untagged"]:
            groups.setdefault(tag, []).append(result)
    date = (now or datetime.now(timezone.utc)).date().isoformat()
    return FreshRecord(
        date=date, file=relative, commit=commit, **figures(run.results).model_dump(),
        categories={tag: figures(group) for tag, group in sorted(groups.items())},
    )


def append_record(record: FreshRecord, log: Path) -> None:
    ensure_first_run(record.file, log)
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record.model_dump(mode="json"), ensure_ascii=False) + "\n")
