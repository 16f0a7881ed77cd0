"""Start the app: wire the services once (through bot.wiring), refresh the index, serve the Gradio UI.

Used by ``python app.py`` and ``bot serve``; the UI modules only receive the services built here. The app
refuses to start with a weak staff password or a data folder it cannot write (one line saying what to
do); it does start when the Chroma server is unreachable (the calculators need no index), reports that in
the log and on ``GET /health``, and connects as soon as the server answers.
"""

from __future__ import annotations

import logging
import sys
import threading

from bot.errors import BotError, ConfigError, storage_error
from bot.settings import Settings
from bot.ui.feedback import FeedbackLog
from bot.ui.services import Services

log = logging.getLogger(__name__)

# Events served at once (chat turns, calculators). A turn is CPU-bound Python (about 40-46 ms of CPU; the GIL
# runs one thread at a time), so more workers add no throughput; they change who waits: with a small limit
# a turn queues behind whole turns (FIFO), with 16 the turns in flight share the CPU and short ones finish
# first. Measured with eval/bench_chat_load.py on the shared 2-core machine (load average 9-10): 30 users,
# p95 6.4 s at 2 and 4.4 s at 16; 20 users, p95 8.3 s at 4 and 3.7 s at 16 (before the load generator was
# made cheap: indicative only).
CHAT_CONCURRENCY = 16
# Queue positions are sent to waiting visitors once a second, not to all of them after every finished
# event (Gradio's "auto", O(waiting) messages per turn). 50 users at once, same machine: p95 13.9 s with
# 1 s, 20.1 s with "auto" (the load average rose from 9 to 14 during the second run: indicative only).
STATUS_UPDATE_S = 1.0


def keep_matplotlib_out() -> None:
    """Mark matplotlib absent in the app's process. Gradio swaps matplotlib's backend around every event
    when it can import it (the dev extra installs it for a benchmark's plot): the first event then imports
    it, over 2 s of CPU holding the server's event loop, and every event pays the swap. The UI draws no
    plots, so the server never needs it."""
    if "matplotlib" not in sys.modules:
        sys.modules["matplotlib"] = None  # type: ignore[assignment] - `import matplotlib` now raises ImportError


def refresh_index(settings: Settings, store) -> dict:
    """Run the real incremental ingest: it builds a missing index, updates a stale one, and is cheap (no
    embedding at all) when nothing changed. Bad documents are reported, the others still served."""
    from bot.ingest import ingest

    report = ingest(settings, store)
    data = report.model_dump(mode="json")
    log.info(
        "index: %s documents, %s chunks (added %s, updated %s, deleted %s, unchanged %s)",
        *(data.get(k) for k in ("documents", "chunks", "added", "updated", "deleted", "unchanged")),
    )
    for issue in data.get("errors") or []:
        log.warning("document skipped: %s: %s", issue.get("file"), issue.get("error"))
    return data


def build_services(settings: Settings) -> Services:
    """settings -> embedder -> store (index refreshed) -> retriever -> rules -> bot, once per process."""
    from bot import wiring
    from bot.ui.login_guard import require_strong_password

    if settings.staff_enabled:
        require_strong_password(settings.staff_username, settings.staff_password.get_secret_value())
    embedder = wiring.build_embedder(settings)
    store, store_problem = wiring.open_store_or_defer(settings, embedder)
    if store_problem is None:
        try:
            refresh_index(settings, store)
        except BotError:
            raise
        except Exception as exc:
            fault = storage_error(exc, settings.data_dir)
            if fault is None:
                raise
            raise fault from exc
    else:
        log.error(
            "index store unavailable at start-up: %s Starting anyway: the calculators work, knowledge questions "
            "say the index is unreachable until it answers (GET /health shows it).", store_problem
        )
    retriever = wiring.build_retriever(settings, store)
    rules = wiring.build_rulebook(settings)  # one copy, shared by the calculators and the bot
    bot = wiring.build_bot(settings, retriever, rules)
    return Services(
        settings=settings,
        store=store,
        retriever=retriever,
        rules=rules,
        bot=bot,
        feedback=FeedbackLog(settings.feedback_file),
        store_problem=store_problem,
    )


def start_warm_up(bot, messages: list[str]) -> threading.Thread:
    """Answer knowledge/warmup.yaml's messages on a background thread once the server is up, so no visitor's first
    turn pays for what the bot builds on first use (bot/agent/warmup.py)."""
    from bot.agent.warmup import warm_up

    thread = threading.Thread(target=warm_up, args=(bot, messages), name="bot-warm-up", daemon=True)
    thread.start()
    return thread


def health_check(services: Services):
    """The checks of ``bot doctor`` on the running app's own parts (document list cached per generation)."""
    from bot.health import run_checks

    cache: dict = {}
    return lambda: run_checks(services.settings, embedder=services.store.embedder, store=services.store, cache=cache)


def blocked_paths(settings: Settings) -> list[str]:
    """Folders Gradio must never serve a file from, even by a crafted /file= URL: the index, feedback and
    reports (data dir) and the knowledge sources. Gradio serves only its own upload/output cache anyway;
    this makes the refusal explicit."""
    return [str(settings.data_dir.resolve()), str(settings.knowledge_dir.resolve())]


def serve(settings: Settings, *, block: bool = True):
    """Build everything and serve on settings.host:settings.port. Returns the Blocks when ``block`` is False."""
    from bot.agent.warmup import warmup_messages
    from bot.ui import build_app

    from bot.ui.http import HealthEndpoint

    keep_matplotlib_out()
    services = build_services(settings)
    messages = warmup_messages(settings.knowledge_dir)  # a malformed file stops the start here, with one line
    demo, ui_options = build_app(services)
    demo.queue(default_concurrency_limit=CHAT_CONCURRENCY, status_update_rate=STATUS_UPDATE_S)
    try:
        _launch(demo, settings, ui_options, HealthEndpoint(health_check(services)))
    except OSError as exc:  # the port is taken or the address is not local
        raise ConfigError(
            f"cannot listen on {settings.host}:{settings.port} ({exc}); choose another with BOT_PORT / --port"
        ) from exc
    # once the server answers (a warm-up before it would compete with the start for the one interpreter lock)
    start_warm_up(services.bot, messages)
    print(f"Serving on {demo.local_url}", flush=True)
    if block:
        demo.block_thread()
    return demo


def _launch(demo, settings: Settings, ui_options: dict, health) -> None:
    from bot.ui.http import app_kwargs

    demo.launch(
        **ui_options,  # theme, css, head script, i18n catalogue
        server_name=settings.host,
        server_port=settings.port,
        share=False,
        show_error=False,  # errors reach the page as plain messages from our handlers, never tracebacks
        max_file_size=settings.upload_max_bytes,
        allowed_paths=[],
        blocked_paths=blocked_paths(settings),
        state_session_capacity=settings.max_sessions,
        ssr_mode=False,
        pwa=False,
        # Gradio's run history keeps every call's inputs in the browser: that would include staff passwords.
        run_history=False,
        mcp_server=False,
        prevent_thread_lock=True,
        quiet=True,
        # GET /health and the request body limit (bot/ui/http.py), in Gradio's own FastAPI app.
        app_kwargs=app_kwargs(settings, health),
    )
