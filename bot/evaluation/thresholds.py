"""Quality gates kept in the repo (eval/thresholds.toml): ``bot eval`` fails when a metric breaks one.

File format::

    [minimum]            # the metric must be >= the value
    answer_accuracy = 0.9
    [maximum]            # the metric must be <= the value (latencies)
    latency_p95_ms = 250

    [robustness]         # gates of the robustness suite, checked when the run has variants
    perturb = 2          # the N of `--perturb N` that CI runs
    [robustness.minimum]
    invariance_rate = 0.9
    direction_rate = 1.0

A gated metric the run could not measure (no case has that expectation) is a breach too: a gate that
silently stops measuring is how regressions slip through. Robustness gates apply to runs with variants only.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field, model_validator

from bot.datafile import load_model
from bot.errors import ThresholdsError
from bot.evaluation.metrics import METRICS, Metrics
from bot.evaluation.robustness import Rates

ROBUSTNESS_METRICS = ("invariance_rate", "direction_rate")


class RobustnessGates(BaseModel):
    perturb: int = Field(2, ge=1, description="Variants per case the gated run uses (CI).")
    minimum: dict[str, float] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_metrics(self) -> "RobustnessGates":
        unknown = sorted(set(self.minimum) - set(ROBUSTNESS_METRICS))
        if unknown:
            raise ValueError(f"unknown robustness metric(s) {unknown}; known: {list(ROBUSTNESS_METRICS)}")
        return self


class Thresholds(BaseModel):
    minimum: dict[str, float] = Field(default_factory=dict)
    maximum: dict[str, float] = Field(default_factory=dict)
    robustness: RobustnessGates | None = None

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
    return load_model(path, Thresholds, "thresholds file", ThresholdsError)


def check_thresholds(metrics: Metrics, thresholds: Thresholds, robustness: Rates | None = None) -> list[Breach]:
    """Breaches of the metric gates, and of the robustness gates when ``robustness`` (a run's rates) is given."""
    breaches = []
    if robustness is not None and thresholds.robustness is not None:
        for metric, limit in thresholds.robustness.minimum.items():
            value = getattr(robustness, metric)
            if value is None or value < limit:
                breaches.append(Breach(metric=metric, value=value, limit=limit, kind="minimum"))
    for kind, limits in (("minimum", thresholds.minimum), ("maximum", thresholds.maximum)):
        for metric, limit in limits.items():
            value = getattr(metrics, metric)
            broken = value is None or (value < limit if kind == "minimum" else value > limit)
            if broken:
                breaches.append(Breach(metric=metric, value=value, limit=limit, kind=kind))
    return breaches
