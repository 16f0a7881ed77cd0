"""Fixtures for the tool tests: the repo's rule book (read-only, loaded once) and a writable copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.rules import RuleBook

RULES_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "rules"


@pytest.fixture(scope="session")
def rules() -> RuleBook:
    # RuleBook is frozen, so sharing one across tests cannot leak changes between them
    return RuleBook.load(RULES_DIR)


@pytest.fixture
def rules_copy(knowledge_copy: Path) -> Path:
    """A private copy of knowledge/rules/ that a test may break on purpose."""
    return knowledge_copy / "rules"
