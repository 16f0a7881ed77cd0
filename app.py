"""Run the chat app: ``python app.py`` serves on BOT_HOST:BOT_PORT (127.0.0.1:7860 by default).

Settings come from the environment / .env (prefix BOT_). The index is refreshed first (incremental, so
nothing is re-embedded when the documents did not change); then one set of services is wired and the
Gradio UI is served. ``bot serve`` runs the same thing.
"""

from __future__ import annotations

import logging
import sys

from pydantic import ValidationError

from bot.errors import BotError, describe_validation_error, storage_error
from bot.settings import Settings


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per Gradio self-check otherwise
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"error: Invalid setting: {describe_validation_error(exc)}", file=sys.stderr)
        return 2
    from bot.ui.server import serve

    try:
        serve(settings)
    except BotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a disk fault is one line saying what to do; anything else stays a bug
        fault = storage_error(exc, settings.data_dir)
        if fault is None:
            raise
        print(f"error: {fault}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
