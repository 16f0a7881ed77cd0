"""Fixtures of the agent tests: one real index of a private knowledge copy per test session (ingest is
the slow part), and a Bot with the built-in policy over it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot import wiring
from bot.ingest import ingest
from bot.settings import Settings

KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="session")
def agent_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("agent")
    shutil.copytree(KNOWLEDGE_DIR, root / "knowledge")
    settings = Settings(
        _env_file=None,
        data_dir=root / "data",
        knowledge_dir=root / "knowledge",
        embedder="offline",
        chroma_url=None,
        llm=None,
        collection="agent_tests",
    )
    store = wiring.build_store(settings)
    report = ingest(settings, store)
    assert report.documents >= 4 and not report.errors
    return settings


@pytest.fixture(scope="session")
def retriever(agent_settings: Settings):
    return wiring.build_retriever(agent_settings, wiring.build_store(agent_settings))


@pytest.fixture(scope="session")
def rules(agent_settings: Settings):
    return wiring.build_rulebook(agent_settings)


@pytest.fixture(scope="session")
def bot(agent_settings: Settings, retriever, rules):
    from bot.agent import build_bot

    return build_bot(agent_settings, retriever, rules)
