"""The install: the default dependencies carry no torch; sentence-transformers is the [st] extra, and asking
for it without the extra is one clear line; the setup script skips pip when nothing changed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import bot.embeddings
from bot.embeddings import ST_MISSING, make_embedder
from bot.errors import ConfigError
from bot.settings import Settings

REPO = Path(__file__).resolve().parent.parent
HEAVY = ("torch", "sentence-transformers", "transformers", "tokenizers", "nvidia")


def _names(requirements: list[str]) -> list[str]:
    return [re.split(r"[<>=!~\[; ]", r, maxsplit=1)[0].lower() for r in requirements]


def test_default_dependencies_pull_no_torch() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = _names(project["dependencies"])
    assert not [n for n in names if n.startswith(HEAVY)], names
    st = project["optional-dependencies"]["st"]
    assert "torch==2.13.*" in st  # the pin that matches the CPU wheel this project is tested with
    assert {"sentence-transformers", "transformers", "torch"} <= set(_names(st))


def test_tests_install_the_st_extra_and_the_app_does_not() -> None:
    assert "setup.sh dev,st" in (REPO / "scripts" / "run_tests.sh").read_text(encoding="utf-8")
    run_app = (REPO / "scripts" / "run_app.sh").read_text(encoding="utf-8")
    assert "bash scripts/setup.sh\n" in run_app and ",st" not in run_app


def test_sentence_transformers_without_the_extra_is_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    real = bot.embeddings.find_spec
    monkeypatch.setattr(bot.embeddings, "find_spec", lambda name: None if name == "sentence_transformers" else real(name))
    with pytest.raises(ConfigError) as info:
        make_embedder(Settings(_env_file=None, embedder="sentence-transformers"))
    message = str(info.value)
    assert message == ST_MISSING and "\n" not in message
    assert "pip install -e '.[st]'" in message
    assert "--index-url https://download.pytorch.org/whl/cpu" in message and "BOT_EMBEDDER=offline" in message


@pytest.mark.slow
def test_setup_skips_pip_when_installed_and_unchanged(tmp_path: Path) -> None:
    """A copy of the scripts with a fake .venv whose stamp matches: setup.sh must not run pip."""
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "setup.sh").write_text((REPO / "scripts" / "setup.sh").read_text(encoding="utf-8"))
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    venv_bin = tmp_path / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    # the fake python runs the real one for the stamp and records any other call (pip)
    calls = tmp_path / "calls.txt"
    fake = venv_bin / "python"
    fake.write_text(
        f'#!/usr/bin/env bash\nif [ "$1" = "-c" ]; then exec {sys.executable} "$@"; fi\necho "$@" >> {calls}\n',
        encoding="utf-8",
    )
    fake.chmod(0o755)
    env = {**os.environ, "PYTHON": sys.executable}
    first = subprocess.run(["bash", "scripts/setup.sh", "dev"], cwd=tmp_path, env=env, capture_output=True, text=True,
                           timeout=60)
    assert first.returncode == 0, first.stderr
    assert "setup: installing the project with extras [dev]" in first.stdout
    assert "-m pip install --quiet -e .[dev]" in calls.read_text()
    calls.unlink()
    again = subprocess.run(["bash", "scripts/setup.sh", "dev"], cwd=tmp_path, env=env, capture_output=True,
                           text=True, timeout=60)
    assert again.returncode == 0 and again.stdout == "" and not calls.exists()
    # a new extra installs again, keeping the old one; a changed pyproject.toml too
    more = subprocess.run(["bash", "scripts/setup.sh", "st"], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=60)
    assert "-e .[dev,st]" in calls.read_text() and "extras [dev,st]" in more.stdout
    calls.unlink()
    assert subprocess.run(["bash", "scripts/setup.sh", "dev"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=60).stdout == ""
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'y'\n", encoding="utf-8")
    subprocess.run(["bash", "scripts/setup.sh"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert "-e .[dev,st]" in calls.read_text()
