"""``bot serve``: run the Gradio app (the same one ``python app.py`` runs)."""

from __future__ import annotations

import typer

from bot.cli.common import load_settings, run_guarded


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: str | None = typer.Option(None, help="Address to listen on (default: BOT_HOST or 127.0.0.1)."),
        port: int | None = typer.Option(None, min=1, max=65535, help="Port (default: BOT_PORT or 7860)."),
    ) -> None:
        """Serve the chat app in the browser (refreshes the index first)."""
        import logging

        from bot.ui.server import serve as serve_app

        logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per Gradio self-check otherwise
        settings = load_settings()
        overrides = {k: v for k, v in {"host": host, "port": port}.items() if v is not None}
        if overrides:
            settings = settings.model_copy(update=overrides)
        run_guarded(serve_app, settings)
