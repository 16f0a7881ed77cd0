"""Writes an evaluation run as DIR/report.json (machine-readable, stable keys) and DIR/report.html (one
page a person can read: summary, accuracy per category, failed cases first, comparison).

report.json carries at least the shared/DESIGN.md keys at top level (cases, passed, answer_accuracy,
retrieval_hit_at_5, mrr, tool_accuracy, refusal_accuracy, latency_p50_ms, latency_p95_ms, results) plus
citation_precision, counts, categories, load_errors, thresholds, comparison and, for a run with
variants (``--perturb N``), robustness (invariance and direction rates overall, per category, per kind and
per case, and every variant that did not hold).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader

from bot.evaluation.compare import Comparison
from bot.evaluation.harness import EvalRun
from bot.evaluation.metrics import METRICS
from bot.evaluation.thresholds import Breach, Thresholds

TEMPLATES = Path(__file__).parent / "templates"


def build_report(
    run: EvalRun,
    comparison: Comparison | None = None,
    thresholds: Thresholds | None = None,
    breaches: list[Breach] | None = None,
    thresholds_file: str | None = None,
) -> dict[str, Any]:
    report: dict[str, Any] = {"generated_at": run.generated_at, "datasets": run.datasets}
    report.update(run.metrics.model_dump(mode="json"))
    report["citation_check"] = run.citation_check
    report["categories"] = {tag: m.model_dump(mode="json") for tag, m in run.categories.items()}
    report["load_errors"] = [issue.model_dump(mode="json") for issue in run.load_errors]
    report["thresholds"] = (
        {
            "file": thresholds_file,
            "minimum": thresholds.minimum,
            "maximum": thresholds.maximum,
            "robustness": thresholds.robustness.model_dump(mode="json") if thresholds.robustness else None,
            "passed": not breaches,
            "breaches": [b.model_dump(mode="json") | {"message": b.describe()} for b in breaches or []],
        }
        if thresholds is not None
        else None
    )
    report["comparison"] = comparison.model_dump(mode="json") if comparison is not None else None
    report["robustness"] = run.robustness.model_dump(mode="json", fallback=repr) if run.robustness else None
    # Tool results are "Any": an object JSON cannot hold is shown by its repr rather than failing the report.
    report["results"] = [r.model_dump(mode="json", fallback=repr) for r in run.results]
    return report


def _fmt(value: Any, metric: str = "") -> str:
    if value is None:
        return "–"
    if metric.endswith("_ms") or metric == "latency":
        return f"{value:.1f} ms"
    if isinstance(value, float):
        return f"{value:.1%}" if metric != "mrr" else f"{value:.3f}"
    return str(value)


def _delta(value: Any, metric: str) -> str:
    if value is None:
        return "–"
    if metric.endswith("_ms"):
        return f"{value:+.1f} ms"
    return f"{value:+.3f}" if metric == "mrr" else f"{value * 100:+.1f} pts"


def render_html(report: dict[str, Any]) -> str:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["fmt"] = _fmt
    env.filters["delta"] = _delta
    env.filters["rate_cell"] = _rate_cell
    env.filters["tojson_pretty"] = lambda v: json.dumps(v, ensure_ascii=False, indent=1, default=str)
    results = report["results"]
    failed = [r for r in results if not r["passed"]]
    passed = [r for r in results if r["passed"]]
    return env.get_template("report.html.j2").render(
        report=report,
        metric_names=list(METRICS),
        failed=failed,
        passed=passed,
    )


def write_reports(report: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path = out_dir / "report.json"
    html_path = out_dir / "report.html"
    json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    html_path.write_text(render_html(report), encoding="utf-8")
    return json_path, html_path


def summary_lines(report: dict[str, Any]) -> list[str]:
    """The plain-text table ``bot eval`` prints."""
    counts = report.get("counts", {})
    lines = [f"{'metric':<22}{'value':>12}  {'over':>6}"]
    lines.append(f"{'cases':<22}{report['cases']:>12}")
    lines.append(f"{'passed':<22}{report['passed']:>12}")
    for metric in METRICS:
        over = counts.get("latency" if metric.startswith("latency") else metric, report["cases"])
        lines.append(f"{metric:<22}{_fmt(report.get(metric), metric):>12}  {over:>6}")
    categories = report.get("categories") or {}
    if categories:
        lines.append("")
        lines.append(f"{'category':<22}{'passed':>12}  {'rate':>6}")
        for tag, m in categories.items():
            lines.append(f"{tag:<22}{str(m['passed']) + '/' + str(m['cases']):>12}  {_fmt(m['pass_rate'], 'r'):>6}")
    robustness = report.get("robustness")
    if robustness:
        lines.append("")
        lines.append(f"robustness (--perturb {robustness['perturb']}, seed {robustness['seed']})")
        lines.append(f"{'':<22}{'invariance':>12}  {'direction':>10}")
        groups = {"all variants": robustness["overall"]} | robustness["kinds"]
        for name, rates in groups.items():
            lines.append(f"{name:<22}{_rate_cell(rates, 'invariant'):>12}  {_rate_cell(rates, 'directional'):>10}")
    return lines


def _rate_cell(rates: dict[str, Any], kind: str) -> str:
    """'12/13 92.3%' for a group's invariant or directional variants, '–' when it has none."""
    total = rates[kind]
    if not total:
        return "–"
    rate = rates["invariance_rate" if kind == "invariant" else "direction_rate"]
    return f"{rates[kind + '_held']}/{total} {rate:.0%}"
