"""``bot eval``: run evaluation datasets against the bot built from settings and write the reports.

With ``--perturb N`` it also runs up to N invariant and N directional variants of every case (the
robustness suite, eval/robustness/perturbations.yaml) and reports invariance and direction rates. With
``--record-fresh`` it runs a committed fresh batch once and appends its first-run figures to
eval/results/fresh_batches.jsonl.

Exit codes: 0 all thresholds met, 1 a threshold broken, 2 an error (missing dataset, unreadable report).
"""

from __future__ import annotations

from pathlib import Path

import typer

from bot.cli.common import fail, load_settings, run_guarded

DEFAULT_THRESHOLDS = Path("eval/thresholds.toml")
DEFAULT_PERTURBATIONS = Path("eval/robustness/perturbations.yaml")
DEFAULT_FRESH_LOG = Path("eval/results/fresh_batches.jsonl")


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        dataset: list[Path] = typer.Option(..., "--dataset", help="JSON Lines dataset; repeat for several."),
        out: Path = typer.Option(..., "--out", help="Folder for report.json and report.html."),
        compare: Path | None = typer.Option(None, "--compare", help="An earlier report.json to compare with."),
        thresholds: Path | None = typer.Option(
            None, "--thresholds", help=f"Thresholds TOML (default: {DEFAULT_THRESHOLDS} when it exists)."
        ),
        no_thresholds: bool = typer.Option(False, "--no-thresholds", help="Do not check any thresholds."),
        progress: bool | None = typer.Option(
            None, "--progress/--no-progress", help="Progress bar (default: only on a terminal)."
        ),
        perturb: int = typer.Option(
            0, "--perturb", min=0, help="Also run up to N invariant and N directional variants of each case."
        ),
        seed: int | None = typer.Option(None, "--seed", help="Seed of the variants (default: the one in the data)."),
        perturbations: Path = typer.Option(
            DEFAULT_PERTURBATIONS, "--perturbations", help="Perturbation kinds and rules (YAML)."
        ),
        record_fresh: bool = typer.Option(
            False, "--record-fresh",
            help=f"First run of one committed fresh batch: append its figures to {DEFAULT_FRESH_LOG}.",
        ),
        fresh_log: Path = typer.Option(DEFAULT_FRESH_LOG, "--fresh-log", help="Where --record-fresh appends."),
    ) -> None:
        """Evaluate the bot on datasets: accuracy, sources, tools, refusals, citations, latency, robustness."""
        code = run_guarded(
            _run, dataset, out, compare, thresholds, no_thresholds, progress,
            perturb=perturb, seed=seed, perturbations=perturbations,
            fresh_log=fresh_log if record_fresh else None,
        )
        raise typer.Exit(code)


def _run(
    datasets: list[Path],
    out: Path,
    compare_path: Path | None,
    thresholds_path: Path | None,
    no_thresholds: bool,
    progress: bool | None,
    perturb: int = 0,
    seed: int | None = None,
    perturbations: Path = DEFAULT_PERTURBATIONS,
    fresh_log: Path | None = None,
) -> int:
    from bot.evaluation.compare import compare, load_report
    from bot.evaluation.dataset import load_dataset
    from bot.evaluation.fresh import append_record, batch_commit, build_record, ensure_first_run
    from bot.evaluation.harness import evaluate
    from bot.evaluation.perturb import load_spec
    from bot.evaluation.report import build_report, summary_lines, write_reports
    from bot.evaluation.thresholds import check_thresholds, load_thresholds

    # Check every input before the (slow) bot is built, so a typo fails in a second.
    for path in datasets:
        load_dataset(path)
    old_report = load_report(compare_path) if compare_path is not None else None
    spec = load_spec(perturbations) if perturb > 0 else None
    batch = None
    if fresh_log is not None:
        if len(datasets) != 1:
            fail("--record-fresh takes exactly one --dataset: the fresh batch")
        batch = batch_commit(datasets[0])
        ensure_first_run(batch[0], fresh_log)
        # A fresh batch is not gated: its first-run figures are recorded whatever they are.
        no_thresholds = no_thresholds or thresholds_path is None
    gates = None
    if not no_thresholds:
        if thresholds_path is None and DEFAULT_THRESHOLDS.is_file():
            thresholds_path = DEFAULT_THRESHOLDS
        gates = load_thresholds(thresholds_path) if thresholds_path is not None else None
    if out.exists() and not out.is_dir():
        fail(f"--out must be a folder: {out}")

    settings = load_settings()
    from bot.agent.warmup import warmup_messages
    from bot.corpus import load_corpus
    from bot.errors import IndexMissingError
    from bot.wiring import build_bot, build_retriever, build_store

    store = build_store(settings)
    if store.count() == 0:
        # Tool questions would still pass and every knowledge question fail: a misleading report.
        raise IndexMissingError("the knowledge index is empty: run `bot ingest` first, then `bot eval` again")
    corpus = load_corpus(settings.docs_dir)
    doc_texts = {doc.id: f"{doc.title}\n{doc.body}" for doc in corpus.documents}
    bot = build_bot(settings, build_retriever(settings, store))

    run = evaluate(
        bot, datasets, doc_texts=doc_texts, progress=progress,
        perturb=perturb, spec=spec, seed=seed, spec_file=str(perturbations),
        warmup=warmup_messages(settings.knowledge_dir),
    )
    for issue in run.load_errors:
        typer.echo(f"warning: {issue.file}:{issue.line}: {issue.error} (line skipped)", err=True)

    comparison = compare(old_report, run.metrics, run.results, str(compare_path)) if old_report else None
    rates = run.robustness.overall if run.robustness is not None else None
    breaches = check_thresholds(run.metrics, gates, rates) if gates is not None else []
    report = build_report(
        run, comparison, gates, breaches, str(thresholds_path) if thresholds_path is not None else None
    )
    json_path, html_path = write_reports(report, out)

    for line in summary_lines(report):
        typer.echo(line)
    if comparison is not None:
        typer.echo(
            f"\ncompared with {compare_path}: {len(comparison.improved)} case(s) improved, "
            f"{len(comparison.regressed)} regressed"
        )
        for change in comparison.regressed:
            typer.echo(f"  regressed: {change.id} (now fails {', '.join(change.new_failed)})")
    typer.echo(f"\nwrote {json_path} and {html_path}")
    if fresh_log is not None and batch is not None:
        record = build_record(run, *batch)
        append_record(record, fresh_log)
        typer.echo(f"first-run figures of {record.file} (commit {record.commit}) appended to {fresh_log}")
    if breaches:
        typer.echo("\nthresholds not met:", err=True)
        for breach in breaches:
            typer.echo(f"  {breach.describe()}", err=True)
        return 1
    if gates is not None:
        typer.echo(f"all thresholds in {thresholds_path} met")
    return 0
