"""The project's own evaluation (eval/datasets/*.jsonl) against the real default bot, gated by
eval/thresholds.toml: a change that makes the bot worse fails CI here. The robustness suite runs too, with
the small number of variants per case the thresholds file names (its [robustness] table).

Real pieces only: the knowledge copy is ingested into a private Chroma collection with the offline
embedder, and the bot is built by bot.wiring exactly as `bot eval` builds it.
"""

from __future__ import annotations

from pathlib import Path

from bot.agent.warmup import warmup_messages
from bot.corpus import load_corpus
from bot.evaluation import evaluate
from bot.evaluation.perturb import load_spec
from bot.evaluation.report import build_report, summary_lines, write_reports
from bot.evaluation.thresholds import check_thresholds, load_thresholds
from bot.ingest import ingest
from bot.settings import Settings
from bot.wiring import build_bot, build_retriever, build_store


def test_the_bot_meets_every_threshold_on_the_repo_datasets(settings: Settings, repo_root: Path, tmp_path: Path):
    datasets = sorted((repo_root / "eval" / "datasets").glob("*.jsonl"))
    assert datasets, "no eval/datasets/*.jsonl"
    gates = load_thresholds(repo_root / "eval" / "thresholds.toml")

    store = build_store(settings)
    report = ingest(settings, store)
    assert report.documents >= 4 and not report.errors
    bot = build_bot(settings, build_retriever(settings, store))
    doc_texts = {doc.id: f"{doc.title}\n{doc.body}" for doc in load_corpus(settings.docs_dir).documents}

    assert gates.robustness is not None, "eval/thresholds.toml has no [robustness] table"
    spec_file = repo_root / "eval" / "robustness" / "perturbations.yaml"
    run = evaluate(
        bot, datasets, doc_texts=doc_texts, progress=False,
        perturb=gates.robustness.perturb, spec=load_spec(spec_file), spec_file=str(spec_file),
        warmup=warmup_messages(settings.knowledge_dir),
    )
    assert run.robustness is not None and run.robustness.overall.invariant >= run.metrics.cases // 2
    assert run.robustness.overall.directional > 0
    breaches = check_thresholds(run.metrics, gates, run.robustness.overall)
    # Keep the reports next to the test's tmp dir: the failure message says where to look.
    out = tmp_path / "eval-report"
    write_reports(build_report(run, None, gates, breaches, "eval/thresholds.toml"), out)
    summary = "\n".join(summary_lines(build_report(run)))

    assert not run.load_errors, f"malformed dataset lines: {run.load_errors}"
    assert run.metrics.errors == 0, [r.error for r in run.results if r.error]
    assert run.metrics.cases >= 80
    assert not breaches, (
        "thresholds not met: " + "; ".join(b.describe() for b in breaches) + f"\n{summary}\nreport: {out}/report.html"
    )
