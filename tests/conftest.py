"""Fixtures shared by the whole suite: each test gets its own data dir and, when it needs one, its own
copy of the knowledge base. Nothing touches the repo's data/ folder or the network.

Every test runs isolated from the machine it runs on: no ``BOT_*`` variable of the environment and no
``.env`` of the repository reaches it (the working directory is the test's own temporary folder). Tests
find the repository's files through absolute paths (``REPO_ROOT`` / the ``repo_root`` fixture).
"""

from __future__ import annotations

import os
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

# Also cleared here, once, for session-scoped fixtures built before the per-test fixture runs.
for _name in [n for n in os.environ if n.startswith("BOT_")]:
    del os.environ[_name]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-long", action="store_true", default=False,
        help="also run the tests marked `long` (e.g. the 10,000-input fuzz run); CI leaves them out",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-long"):
        return
    skip = pytest.mark.skip(reason="long run: pass --run-long to include it")
    for item in items:
        if "long" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No BOT_* variable and no .env file of the machine changes a test's result."""
    for name in list(os.environ):
        if name.startswith("BOT_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))


@pytest.fixture(scope="module")
def retriever(tmp_path_factory: pytest.TempPathFactory):
    """One index of a private copy of knowledge/ (offline embedder, default settings) for a test module; a module that
    needs other settings (tests/test_retrieval_fusion.py) or another copy defines its own."""
    from bot.retrieval import build_retriever
    from tests.knowledge import indexed_copy

    settings, store = indexed_copy(tmp_path_factory.mktemp("index"))
    return build_retriever(settings, store)


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
