"""Helpers shared by the CLI commands: settings, JSON output and user-facing errors."""

from __future__ import annotations

import json
import sys
from typing import Any, NoReturn

import typer
from pydantic import BaseModel, ValidationError

from bot.errors import BotError, describe_validation_error, storage_error
from bot.settings import Settings


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        fail(f"Invalid setting: {describe_validation_error(exc)}")


def print_json(obj: Any) -> None:
    if isinstance(obj, BaseModel):
        text = obj.model_dump_json(indent=2)
    else:
        text = json.dumps(obj, indent=2, ensure_ascii=False, default=str)
    typer.echo(text)


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def run_guarded(fn, *args, **kwargs):
    """Run a command body; a BotError or a filesystem fault (read-only folder, full disk, no permission)
    becomes a one-line message saying what to do and a non-zero exit, never a traceback."""
    try:
        return fn(*args, **kwargs)
    except BotError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except (typer.Exit, typer.Abort, SystemExit):
        raise
    except Exception as exc:
        fault = storage_error(exc)
        if fault is None:
            raise
        fail(str(fault))
