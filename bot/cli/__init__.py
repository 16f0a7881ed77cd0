"""The ``bot`` command line. Kept thin: each sub-command lives in its own module and only wires
settings to the role modules; heavy imports happen inside the commands, so ``bot --help`` is fast."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    help="Guidance chatbot for Japan's foreign-talent programs (Re-Skills, TITP, SSW, JIP).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module defines ``register(app)``; the order is the order in ``bot --help``.
_COMMAND_MODULES = ("ingest", "search", "tool", "ask", "eval", "serve", "doctor")

for _name in _COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"bot.cli.{_name}")
    except ModuleNotFoundError as exc:  # a command module not written yet must not break the others
        if exc.name != f"bot.cli.{_name}":
            raise
        continue
    _module.register(app)


def main() -> None:
    app()
