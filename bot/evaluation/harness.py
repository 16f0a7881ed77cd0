"""One evaluation run end to end: load the datasets, run the cases, compute the figures.

The CLI, the app's staff page and the CI test all go through ``evaluate``; they pass in the bot and the
documents' texts (for the citation check), so nothing here builds or reads configuration.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel, Field

from bot.agent.warmup import warm_up
from bot.evaluation.citations import CitationChecker
from bot.evaluation.dataset import DatasetIssue, load_datasets
from bot.evaluation.metrics import Metrics, compute_metrics, per_category
from bot.evaluation.perturb import PerturbationSpec
from bot.evaluation.robustness import RobustnessRun, run_robustness
from bot.evaluation.runner import CaseResult, ChatBot, run_cases


class EvalRun(BaseModel):
    generated_at: str
    datasets: list[str]
    metrics: Metrics
    categories: dict[str, Metrics] = Field(default_factory=dict)
    load_errors: list[DatasetIssue] = Field(default_factory=list)
    citation_check: bool = Field(True, description="False when no document texts were given.")
    results: list[CaseResult] = Field(default_factory=list)
    robustness: RobustnessRun | None = Field(None, description="Set when variants were run (--perturb N).")


def evaluate(
    bot: ChatBot,
    datasets: list[Path],
    doc_texts: Mapping[str, str] | None = None,
    progress: bool | None = None,
    perturb: int = 0,
    spec: PerturbationSpec | None = None,
    seed: int | None = None,
    spec_file: str = "",
    warmup: Sequence[str] = (),
) -> EvalRun:
    """Run every case of ``datasets`` against ``bot``, and with ``perturb`` > 0 up to that many invariant and
    directional variants of each case from ``spec``. Raises ``DatasetError`` only for an unreadable file;
    malformed lines end up in ``load_errors``. ``warmup``: messages the bot answers first, untimed
    (knowledge/warmup.yaml), so the latency figures are those of a serving bot, not of its first-use loading."""
    load = load_datasets(datasets)
    if warmup:
        warm_up(bot, list(warmup))
    checker = CitationChecker(doc_texts) if doc_texts is not None else None
    results = run_cases(bot, load.cases, checker, progress=progress)
    robustness = None
    if perturb > 0 and spec is not None:
        originals = {r.id: r for r in results}
        robustness = run_robustness(bot, load.cases, originals, spec, perturb, seed, spec_file, progress)
    return EvalRun(
        generated_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        datasets=[str(p) for p in datasets],
        metrics=compute_metrics(results),
        categories=per_category(results),
        load_errors=load.issues,
        citation_check=checker is not None,
        results=results,
        robustness=robustness,
    )
