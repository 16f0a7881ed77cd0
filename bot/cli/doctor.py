"""``bot doctor [--json]``: check that the bot can serve (data folder, embedder, index store, index
contents) and show the settings in effect. Exit 0 when every check passes, 1 when one fails."""

from __future__ import annotations

import typer

from bot.cli.common import load_settings, print_json, run_guarded


def register(app: typer.Typer) -> None:
    @app.command()
    def doctor(
        json_output: bool = typer.Option(False, "--json", help="Print the checks, index facts and settings as JSON."),
    ) -> None:
        """Check the data folder, embedder, index store and index contents; show the settings in effect."""
        code = run_guarded(_run, json_output)
        raise typer.Exit(code)


def _run(json_output: bool) -> int:
    from bot.health import run_checks

    settings = load_settings()
    report = run_checks(settings)
    if json_output:
        print_json(report)
    else:
        for check in report.checks:
            typer.echo(f"{'ok ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
        typer.echo("settings in effect:")
        for key, value in report.settings.items():
            typer.echo(f"  {key} = {value}")
    problems = report.problems()
    if problems:
        # One line on stderr: the first thing to fix (the full list is above / in the JSON).
        typer.echo(f"error: {problems[0].name}: {problems[0].detail}", err=True)
        return 1
    return 0
