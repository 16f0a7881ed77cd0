"""Summary figures of an evaluation run, overall and per category (a case's ``tags``).

Each accuracy is computed over the cases that HAVE that expectation (its ``counts`` entry is the
denominator); a metric no case measures is ``None``, not 0. A case whose bot call raised counts as failed
for every expectation it has. Latencies are per turn, measured by the harness, over every turn of every case.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from pydantic import BaseModel, Field

from bot.evaluation.checks import TOP_K
from bot.evaluation.runner import CaseResult

# Metric name -> True when higher is better. Order = order of the summary table and the report.
METRICS: dict[str, bool] = {
    "pass_rate": True,
    "answer_accuracy": True,
    "retrieval_hit_at_5": True,
    "mrr": True,
    "tool_accuracy": True,
    "refusal_accuracy": True,
    "citation_precision": True,
    "latency_p50_ms": False,
    "latency_p95_ms": False,
}


class Metrics(BaseModel):
    cases: int = 0
    passed: int = 0
    errors: int = Field(0, description="Cases where the bot raised instead of replying.")
    pass_rate: float | None = None
    answer_accuracy: float | None = Field(None, description="facts + forbid both hold.")
    retrieval_hit_at_5: float | None = Field(
        None, description="An expected doc among the top 5 retrieved chunks (retrieval only; citations do not count)."
    )
    mrr: float | None = Field(None, description="Mean of 1 / rank of the first retrieved chunk of an expected doc.")
    tool_accuracy: float | None = Field(None, description="Expected tool called with the expected arguments.")
    refusal_accuracy: float | None = Field(None, description="refused matches expect.refuse.")
    citation_precision: float | None = Field(None, description="See bot.evaluation.citations.")
    latency_p50_ms: float | None = None
    latency_p95_ms: float | None = None
    counts: dict[str, int] = Field(default_factory=dict, description="Denominator of each metric.")


def _rate(hits: list[bool]) -> float | None:
    return sum(hits) / len(hits) if hits else None


def _all_passed(result: CaseResult, names: tuple[str, ...]) -> bool:
    return all(result.passed_check(n) is True for n in names if n in result.expects)


def compute_metrics(results: Iterable[CaseResult]) -> Metrics:
    results = list(results)
    answer = [_all_passed(r, ("facts", "forbid")) for r in results if {"facts", "forbid"} & set(r.expects)]
    sources = [r for r in results if "sources" in r.expects]
    # Pure retrieval, like mrr: the "sources" CHECK also accepts a cited doc, this metric does not.
    hits = [r.first_relevant_rank is not None and r.first_relevant_rank <= TOP_K for r in sources]
    reciprocal = [1.0 / r.first_relevant_rank if r.first_relevant_rank else 0.0 for r in sources]
    tools = [_all_passed(r, ("tool", "tool_args")) for r in results if {"tool", "tool_args"} & set(r.expects)]
    refusals = [r.passed_check("refuse") is True for r in results if "refuse" in r.expects]
    verdicts = [v.precise for r in results for v in r.citation_verdicts]
    latencies = [t.latency_ms for r in results for t in r.turns]

    return Metrics(
        cases=len(results),
        passed=sum(r.passed for r in results),
        errors=sum(r.error is not None for r in results),
        pass_rate=_rate([r.passed for r in results]),
        answer_accuracy=_rate(answer),
        retrieval_hit_at_5=_rate(hits),
        mrr=sum(reciprocal) / len(reciprocal) if reciprocal else None,
        tool_accuracy=_rate(tools),
        refusal_accuracy=_rate(refusals),
        citation_precision=_rate(verdicts),
        latency_p50_ms=float(np.percentile(latencies, 50)) if latencies else None,
        latency_p95_ms=float(np.percentile(latencies, 95)) if latencies else None,
        counts={
            "answer_accuracy": len(answer),
            "retrieval_hit_at_5": len(hits),
            "mrr": len(reciprocal),
            "tool_accuracy": len(tools),
            "refusal_accuracy": len(refusals),
            "citation_precision": len(verdicts),
            "latency": len(latencies),
        },
    )


def per_category(results: Iterable[CaseResult]) -> dict[str, Metrics]:
    """Metrics for each tag; a case with several tags counts in each of them."""
    groups: dict[str, list[CaseResult]] = {}
    for result in results:
        for tag in result.tags or ["untagged"]:
            groups.setdefault(tag, []).append(result)
    return {tag: compute_metrics(group) for tag, group in sorted(groups.items())}
