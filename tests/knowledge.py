"""The repository's own knowledge folder as the reading tests use it: the rule book and the Understander built
over it once per test process (building one reads every language pack and CLDR's country names, so a copy per
test module repeated that work about twenty times)."""

from __future__ import annotations

import functools
from pathlib import Path

from bot.agent.understand import Understander
from bot.rules import RuleBook

KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


@functools.cache
def repo_rules() -> RuleBook:
    return RuleBook.load(KNOWLEDGE / "rules")


@functools.cache
def repo_understander() -> Understander:
    """The Understander of knowledge/nlu over the repository's rule book (shared: tests only read it)."""
    return Understander(repo_rules(), KNOWLEDGE / "nlu")
