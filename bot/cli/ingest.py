"""``bot ingest [PATH] [--rebuild] [--json]``: bring the index in step with the documents.

Exit codes: 0 every document indexed; 1 some files had errors (listed; every good document was still
indexed); 2 nothing could be done (missing folder, unreachable Chroma server, embedder problem).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from bot.cli.common import load_settings, print_json, run_guarded


def register(app: typer.Typer) -> None:
    @app.command()
    def ingest(
        path: Path | None = typer.Argument(None, help="Documents folder (default: BOT_KNOWLEDGE_DIR/docs)."),
        rebuild: bool = typer.Option(False, "--rebuild", help="Drop the index and embed everything again."),
        json_output: bool = typer.Option(False, "--json", help="Print the summary as a JSON object."),
        progress: bool | None = typer.Option(
            None, "--progress/--no-progress", help="Progress bar on stderr (default: only on a terminal)."
        ),
    ) -> None:
        """Index the knowledge documents: only new or changed passages are embedded."""
        code = run_guarded(_run, path, rebuild, json_output, progress)
        raise typer.Exit(code)


def _run(path: Path | None, rebuild: bool, json_output: bool, progress: bool | None) -> int:
    from bot.embeddings import make_embedder
    from bot.errors import BotError, storage_error
    from bot.ingest import ingest
    from bot.wiring import build_store

    settings = load_settings()
    embedder = make_embedder(settings)
    # --rebuild must also work when the index was built by another embedder (that is what it is for).
    store = build_store(settings, embedder, reset=rebuild)
    show_progress = sys.stderr.isatty() if progress is None else progress
    try:
        report = ingest(settings, store, docs_dir=path, rebuild=rebuild, progress=show_progress)
    except BotError:
        raise
    except Exception as exc:  # the disk filled or turned read-only while writing: say where, what to do
        fault = storage_error(exc, None if settings.chroma_url else settings.data_dir)
        if fault is None:
            raise
        raise fault from exc
    # Build (or check) the saved BM25 index of this generation now, so the next `bot search` or app start
    # loads it instead of building it on its first question.
    from bot.retrieval import build_retriever

    build_retriever(settings, store).lexical.snapshot()
    if json_output:
        print_json(report)
    else:
        typer.echo(
            f"{report.documents} documents, {report.chunks} chunks in the index "
            f"({report.added} added, {report.updated} updated, {report.deleted} deleted, "
            f"{report.unchanged} unchanged; {report.embedded} chunks embedded) in {report.seconds:.2f}s"
        )
        if report.preserved:
            typer.echo(f"{report.preserved} documents kept as they were until their file is fixed")
        if report.repaired:
            typer.echo("the previous run had been interrupted; the index is now complete")
    for issue in report.errors:
        typer.echo(f"error: {issue.file}: {issue.error}", err=True)
    return 0 if report.ok else 1
