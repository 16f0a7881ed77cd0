"""The suite is isolated from the machine: no BOT_* variable, no .env of the repository, and a private
working directory per test (the repository's files are found through absolute paths)."""

from __future__ import annotations

import os
from pathlib import Path

from bot.settings import Settings


def test_no_bot_variables_and_a_private_working_directory(repo_root: Path, tmp_path: Path):
    assert not [name for name in os.environ if name.startswith("BOT_")]
    cwd = Path.cwd().resolve()
    assert cwd != repo_root.resolve() and not (cwd / ".env").exists()
    assert (repo_root / "knowledge" / "docs").is_dir()  # repo files: through the absolute fixture


def test_settings_built_in_a_test_use_the_defaults():
    defaults = {name: field.default for name, field in Settings.model_fields.items()}
    settings = Settings()
    assert settings.relevance_threshold == defaults["relevance_threshold"]
    assert settings.data_dir == defaults["data_dir"] and settings.chroma_url is None
