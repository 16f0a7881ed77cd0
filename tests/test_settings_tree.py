"""Settings as a tree with one source of defaults: flat BOT_* names keep working, tree names work too."""

from __future__ import annotations

import pytest

from bot.settings import GROUPS, Settings


def test_flat_and_tree_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_AGENT__ANSWER_LANGUAGE", "ja")
    monkeypatch.setenv("BOT_RETRIEVAL__RETRIEVAL_K", "7")
    settings = Settings(_env_file=None)
    assert settings.answer_language == "ja" and settings.retrieval_k == 7
    monkeypatch.setenv("BOT_ANSWER_LANGUAGE", "en")  # the flat name wins
    assert Settings(_env_file=None).answer_language == "en"


def test_the_tree_shows_every_field_once_with_secrets_masked() -> None:
    settings = Settings(_env_file=None, staff_username="a", staff_password="secret")
    tree = settings.tree()
    shown = [name for group in tree.values() for name in group]
    assert sorted(shown) == sorted(Settings.model_fields)
    assert tree["app"]["staff_password"] == "********"
    assert set(GROUPS) <= set(tree)
