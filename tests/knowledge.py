"""The repository's own knowledge folder as the reading tests use it: the rule book and the Understander built
over it once per test process (building one reads every language pack and CLDR's country names, so a copy per
test module repeated that work about twenty times)."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path
from typing import Any

from bot.agent.understand import Understander
from bot.rules import RuleBook

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


@functools.cache
def repo_rules() -> RuleBook:
    return RuleBook.load(KNOWLEDGE / "rules")


@functools.cache
def repo_analyzer() -> Any:
    """The search analyzer over knowledge/vocabulary.yaml (shared: tests only read it)."""
    from bot.query import TextAnalyzer, load_vocabulary

    return TextAnalyzer(load_vocabulary(KNOWLEDGE))


@functools.cache
def repo_understander() -> Understander:
    """The Understander of knowledge/nlu over the repository's rule book (shared: tests only read it)."""
    return Understander(repo_rules(), KNOWLEDGE / "nlu")


def indexed_copy(root: Path, **settings: Any) -> tuple[Any, Any]:
    """A private copy of knowledge/ under ``root``, ingested with the offline embedder into an embedded store:
    (settings, store). For the tests that search the repository's documents; ``settings`` override the defaults
    (retrieval_fusion="relative")."""
    from bot.embeddings import make_embedder
    from bot.ingest import ingest
    from bot.settings import Settings
    from bot.store import open_store

    knowledge = root / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    config = Settings(_env_file=None, data_dir=root / "data", knowledge_dir=knowledge, embedder="offline",
                      chroma_url=None, llm=None, **settings)
    store = open_store(config, make_embedder(config))
    assert ingest(config, store).ok
    return config, store


def rank_of(passages: Any, text: str) -> int | None:
    """The 1-based rank of the first passage holding ``text``, or None when no retrieved passage does."""
    return next((i + 1 for i, p in enumerate(passages) if text in p.text), None)
