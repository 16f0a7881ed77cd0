"""``bot search "QUERY" [--k 5] [--program P] [--doc ID] [--json]``: hybrid search of the knowledge base.

Prints a readable table (rank, score, document, section, the quotable snippet) and whether anything
relevant was found; ``--json`` prints the SearchResult contract instead.
"""

from __future__ import annotations

import atexit
import gc
import textwrap

import typer

from bot.cli.common import load_settings, print_json, run_guarded

_FREEZE_AT_EXIT = False


def register(app: typer.Typer) -> None:
    @app.command()
    def search(
        query: str = typer.Argument(..., help="The question or keywords to look for."),
        k: int = typer.Option(5, "--k", "-k", min=1, max=50, help="How many passages to return."),
        program: str | None = typer.Option(None, "--program", "-p", help="Only this program (reskills, titp, ssw, jip...)."),
        doc: str | None = typer.Option(None, "--doc", help="Only this document id."),
        json_output: bool = typer.Option(False, "--json", help="Print the SearchResult as JSON."),
    ) -> None:
        """Search the knowledge base (dense + BM25, fused) and show the best passages."""
        run_guarded(_run, query, k, program, doc, json_output)


def _run(query: str, k: int, program: str | None, doc: str | None, json_output: bool) -> None:
    from bot.sanitize import clean_text
    from bot.wiring import build_retriever, build_store

    settings = load_settings()
    store = build_store(settings)
    store.preload()  # Chroma loads its dense index in a thread while the retriever and BM25 index load
    retriever = build_retriever(settings, store)
    result = retriever.search(clean_text(query), k=k, program=program, doc_id=doc)
    _skip_final_collection()
    if json_output:
        print_json(result)
        return
    typer.echo(render(result, retriever.threshold))


def _skip_final_collection() -> None:
    """At exit Python runs a last garbage collection over every object the imports and the index made:
    about 0.15 s of CPU in a `bot search` process at 100k chunks (README, Scale). Objects frozen at exit
    (atexit runs before that collection) are skipped; the process ends and its memory goes back anyway."""
    global _FREEZE_AT_EXIT
    if not _FREEZE_AT_EXIT:
        atexit.register(gc.freeze)
        _FREEZE_AT_EXIT = True


def render(result, threshold: float) -> str:
    """The result as a plain-text table a person can read in a terminal."""
    lines = [f"query: {result.query!r}" if result.query else "query: (empty)"]
    verdict = "relevant" if result.relevant else "nothing relevant"
    lines.append(f"confidence: {result.confidence:.2f} (threshold {threshold:.2f}) -> {verdict}")
    if result.message:
        lines.append(f"note: {result.message}")
    if not result.passages:
        return "\n".join(lines)
    lines.append("")
    lines.append(f"{'#':>2}  {'score':>6}  {'document':<34} section")
    for i, p in enumerate(result.passages, 1):
        lines.append(f"{i:>2}  {p.score:>6.4f}  {p.doc_id[:34]:<34} {p.section or '-'}")
        snippet = p.snippet or p.text[:200]
        lines.extend(textwrap.wrap(snippet, width=96, initial_indent="      > ", subsequent_indent="        "))
    return "\n".join(lines)
