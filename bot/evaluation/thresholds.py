"""Quality gates kept in the repo (eval/thresholds.toml): ``bot eval`` fails when a metric breaks one.

File format::

    [minimum]            # the metric must be >= the value
    answer_accuracy = 0.9
    [maximum]            # the metric must be <= the value (latencies)
    latency_p95_ms = 250

A gated metric the run could not measure (no case has that expectation) is a breach too: a gate that
silently stops measuring is how regressions slip through.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, model_validator

from bot.errors import ThresholdsError
from bot.evaluation.metrics import METRICS, Metrics


class Thresholds(BaseModel):
    minimum: dict[str, float] = Field(default_factory=dict)
    maximum: dict[str, float] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_metrics(self) -> "Thresholds":
        unknown = sorted((set(self.minimum) | set(self.maximum)) - set(METRICS))
        if unknown:
            raise ValueError(f"unknown metric(s) {unknown}; known: {sorted(METRICS)}")
        return self


class Breach(BaseModel):
    metric: str
    value: float | None
    limit: float
    kind: str  # "minimum" | "maximum"

    def describe(self) -> str:
        if self.value is None:
            return f"{self.metric}: not measured (no case has this expectation), {self.kind} {self.limit:g}"
        sign = "<" if self.kind == "minimum" else ">"
        return f"{self.metric} = {self.value:.4g} {sign} {self.kind} {self.limit:g}"


def load_thresholds(path: Path) -> Thresholds:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ThresholdsError(f"thresholds file not found: {path}") from exc
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ThresholdsError(f"cannot read thresholds {path}: {exc}") from exc
    try:
        return Thresholds.model_validate(data)
    except ValidationError as exc:
        raise ThresholdsError(f"invalid thresholds {path}: {exc.errors()[0].get('msg', 'invalid')}") from exc


def check_thresholds(metrics: Metrics, thresholds: Thresholds) -> list[Breach]:
    breaches = []
    for kind, limits in (("minimum", thresholds.minimum), ("maximum", thresholds.maximum)):
        for metric, limit in limits.items():
            value = getattr(metrics, metric)
            broken = value is None or (value < limit if kind == "minimum" else value > limit)
            if broken:
                breaches.append(Breach(metric=metric, value=value, limit=limit, kind=kind))
    return breaches
