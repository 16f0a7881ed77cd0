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
