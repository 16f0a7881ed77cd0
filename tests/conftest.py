"""Fixtures shared by the whole suite: each test gets its own data dir and, when it needs one, its own
copy of the knowledge base. Nothing touches the repo's data/ folder or the network."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.embeddings import make_embedder
from bot.ingest import ingest
from bot.settings import Settings
from bot.store import ChunkStore, open_store
from support import ChromaServer

REPO_ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = REPO_ROOT / "knowledge"


@pytest.fixture
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A private copy of knowledge/ (docs, rules, vocabulary) that a test may change freely."""
    dest = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, dest)
    return dest


@pytest.fixture
def settings(tmp_path: Path, knowledge_copy: Path) -> Settings:
    """Settings on a private data dir and knowledge copy, offline embedder, no env or .env influence."""
    return Settings(
        _env_file=None,
        data_dir=tmp_path / "data",
        knowledge_dir=knowledge_copy,
        embedder="offline",
        chroma_url=None,
        llm=None,
    )


@pytest.fixture
def indexed_store(settings: Settings) -> ChunkStore:
    """The embedded Chroma store of ``settings``, with the private knowledge copy ingested."""
    store = open_store(settings, make_embedder(settings))
    assert ingest(settings, store).ok
    return store


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[ChromaServer]:
    """A real ``chroma run`` on 127.0.0.1 and a free port, on a temp dir; always stopped afterwards."""
    server = ChromaServer(tmp_path / "server-data", tmp_path / "chroma.log")
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()  # even when the test or the start-up failed
