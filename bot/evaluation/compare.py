"""Comparison with an earlier report.json (``bot eval --compare OLD``): which metrics and cases improved
or regressed.

A case "regressed" when it passed before and fails now, "improved" the other way round; cases present in
only one report are listed as new / removed. Latency moves of less than 10 % are noise on a shared
machine and count as unchanged; accuracy metrics count any change.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from bot.errors import ReportError
from bot.evaluation.metrics import METRICS, Metrics
from bot.evaluation.runner import CaseResult

LATENCY_NOISE = 0.10

Direction = Literal["improved", "regressed", "same", "n/a"]


class MetricChange(BaseModel):
    metric: str
    old: float | None
    new: float | None
    delta: float | None
    direction: Direction


class CaseChange(BaseModel):
    id: str
    old_failed: list[str] = Field(default_factory=list)
    new_failed: list[str] = Field(default_factory=list)


class Comparison(BaseModel):
    baseline: str
    metrics: list[MetricChange] = Field(default_factory=list)
    improved: list[CaseChange] = Field(default_factory=list)
    regressed: list[CaseChange] = Field(default_factory=list)
    new_cases: list[str] = Field(default_factory=list)
    removed_cases: list[str] = Field(default_factory=list)


def load_report(path: Path) -> dict[str, Any]:
    """Read an earlier report.json; anything unusable is a ``ReportError`` that names the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ReportError(f"report to compare with not found: {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"cannot read report {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise ReportError(f"{path} is not an eval report.json (no 'results' list)")
    for entry in data["results"]:
        if not isinstance(entry, dict) or "id" not in entry or "passed" not in entry:
            raise ReportError(f"{path}: every result needs 'id' and 'passed'")
    return data


def _direction(metric: str, old: float | None, new: float | None) -> tuple[float | None, Direction]:
    if not isinstance(old, (int, float)) or new is None:
        return None, "n/a"
    delta = new - old
    higher_is_better = METRICS[metric]
    tolerance = abs(old) * LATENCY_NOISE if not higher_is_better else 1e-9
    if abs(delta) <= tolerance:
        return delta, "same"
    better = delta > 0 if higher_is_better else delta < 0
    return delta, "improved" if better else "regressed"


def compare(old: dict[str, Any], metrics: Metrics, results: list[CaseResult], baseline: str) -> Comparison:
    comparison = Comparison(baseline=baseline)
    for metric in METRICS:
        old_value = old.get(metric)
        new_value = getattr(metrics, metric)
        delta, direction = _direction(metric, old_value, new_value)
        comparison.metrics.append(
            MetricChange(
                metric=metric,
                old=old_value if isinstance(old_value, (int, float)) else None,
                new=new_value,
                delta=delta,
                direction=direction,
            )
        )

    before = {entry["id"]: entry for entry in old["results"]}
    now = {result.id: result for result in results}
    for case_id, result in now.items():
        prior = before.get(case_id)
        if prior is None:
            comparison.new_cases.append(case_id)
            continue
        change = CaseChange(id=case_id, old_failed=list(prior.get("failed") or []), new_failed=result.failed)
        if prior["passed"] and not result.passed:
            comparison.regressed.append(change)
        elif not prior["passed"] and result.passed:
            comparison.improved.append(change)
    comparison.removed_cases = [case_id for case_id in before if case_id not in now]
    return comparison
