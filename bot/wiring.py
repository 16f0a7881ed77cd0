"""The one place that composes the bot's parts from settings (used by the CLI and app.py only).

settings -> embedder -> store -> retriever -> tools (rule book) -> agent
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.settings import Settings

if TYPE_CHECKING:  # imports stay lazy: building the CLI or the app must not import torch or chromadb early
    from bot.agent import Bot
    from bot.embeddings import Embedder
    from bot.retrieval import HybridRetriever
    from bot.rules import RuleBook
    from bot.store import ChunkStore


def build_embedder(settings: Settings) -> "Embedder":
    from bot.embeddings import make_embedder

    return make_embedder(settings)


def build_store(settings: Settings, embedder: "Embedder | None" = None, *, reset: bool = False) -> "ChunkStore":
    """Open the index; a read-only, full or forbidden data folder is a one-line ``StorageError``."""
    from bot.errors import BotError, storage_error
    from bot.store import open_store

    embedder = embedder or build_embedder(settings)
    try:
        return open_store(settings, embedder, reset=reset)
    except BotError:
        raise
    except Exception as exc:
        fault = storage_error(exc, None if settings.chroma_url else settings.data_dir)
        if fault is None:
            raise
        raise fault from exc


def build_retriever(settings: Settings, store: "ChunkStore | None" = None) -> "HybridRetriever":
    from bot.retrieval import build_retriever as _build

    return _build(settings, store or build_store(settings))


def build_rulebook(settings: Settings) -> "RuleBook":
    from bot.rules import RuleBook

    return RuleBook.load(settings.rules_dir)


def build_bot(
    settings: Settings, retriever: "HybridRetriever | None" = None, rules: "RuleBook | None" = None
) -> "Bot":
    from bot.agent import build_bot as _build

    return _build(settings, retriever or build_retriever(settings), rules or build_rulebook(settings))


class DeferredStore:
    """Stands in for the index store while the Chroma server cannot be reached, so the app and ``bot``
    still start (the calculators need no index). Every use tries to connect again, at most once every
    ``retry_s`` seconds, and raises ``StoreUnavailableError`` until the server answers; then it is the
    real store."""

    def __init__(
        self, settings: Settings, embedder: "Embedder", error: Exception, *, retry_s: float = 5.0, clock=None
    ) -> None:
        import threading
        import time

        from urllib.parse import urlsplit

        self.embedder = embedder
        self.collection_name = settings.collection
        url = settings.chroma_url or ""
        parts = urlsplit(url if "://" in url else f"http://{url}")
        # The same form the real store reports (scheme://host:port), so caches keyed by it match.
        self.location = f"{parts.scheme}://{parts.hostname}:{parts.port or (443 if parts.scheme == 'https' else 8000)}"
        self._settings = settings
        self._error = error
        self._retry_s = retry_s
        self._clock = clock or time.monotonic
        self._next_try = self._clock() + retry_s
        self._store: "ChunkStore | None" = None
        self._lock = threading.Lock()

    @property
    def connected(self) -> bool:
        return self._store is not None

    def connect(self) -> "ChunkStore":
        from bot.errors import StoreUnavailableError

        if self._store is not None:
            return self._store
        with self._lock:
            if self._store is None:
                if self._clock() < self._next_try:
                    raise self._error
                try:
                    self._store = build_store(self._settings, self.embedder)
                except StoreUnavailableError as exc:
                    self._error = exc
                    self._next_try = self._clock() + self._retry_s
                    raise
        return self._store

    def __getattr__(self, name: str):
        return getattr(self.connect(), name)


def open_store_or_defer(settings: Settings, embedder: "Embedder") -> tuple["ChunkStore", str | None]:
    """The store, or (when the Chroma server is unreachable) a ``DeferredStore`` and the reason (which
    names the server's address), so the caller can start and report it instead of failing."""
    from bot.errors import StoreUnavailableError

    try:
        return build_store(settings, embedder), None
    except StoreUnavailableError as exc:
        return DeferredStore(settings, embedder, exc), str(exc)  # type: ignore[return-value]
