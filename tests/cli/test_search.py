"""`bot search "QUERY" [--k N] [--program P] [--doc ID] [--json]` on a private index."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.contracts import SearchResult
from bot.embeddings import make_embedder
from bot.ingest import ingest
from bot.settings import Settings
from bot.store import open_store


@pytest.fixture
def env(settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.chdir(tmp_path)  # no stray .env from the working directory
    return {
        "BOT_KNOWLEDGE_DIR": str(settings.knowledge_dir),
        "BOT_DATA_DIR": str(settings.data_dir),
        "BOT_EMBEDDER": "offline",
    }


@pytest.fixture
def indexed_env(settings: Settings, env: dict[str, str]) -> dict[str, str]:
    assert ingest(settings, open_store(settings, make_embedder(settings))).ok
    return env


def search(env: dict[str, str], *args: str):
    return CliRunner().invoke(app, ["search", *args], env=env)


def test_table_shows_ranked_passages_and_the_verdict(indexed_env) -> None:
    result = search(indexed_env, "How long can a trainee stay?")
    assert result.exit_code == 0, result.output
    assert "-> relevant" in result.stdout
    assert "waasa-foreign-talent-support" in result.stdout
    assert "The maximum period is 5 years" in result.stdout
    assert result.stdout.count("      > ") == 5  # one quoted snippet per passage


def test_json_is_a_search_result(indexed_env) -> None:
    result = search(indexed_env, "JLPT N3", "--json", "--k", "2", "--program", "jip")
    assert result.exit_code == 0, result.output
    parsed = SearchResult.model_validate(json.loads(result.stdout))
    assert parsed.relevant and len(parsed.passages) == 2
    assert {p.program for p in parsed.passages} == {"jip"}
    assert "N3" in parsed.passages[0].snippet


def test_doc_filter(indexed_env) -> None:
    result = search(indexed_env, "training", "--doc", "meti-reskills-courses", "--json")
    parsed = SearchResult.model_validate(json.loads(result.stdout))
    assert parsed.passages and {p.doc_id for p in parsed.passages} == {"meti-reskills-courses"}


def test_out_of_scope_says_nothing_relevant(indexed_env) -> None:
    result = search(indexed_env, "What's a good recipe for chicken curry?")
    assert result.exit_code == 0 and "-> nothing relevant" in result.stdout


@pytest.mark.parametrize(
    ("query", "note"),
    [("", "empty"), ("   \x00 ", "empty"), ("🍣🎉", "no words"), ("x " * 50_000, "shortened")],
)
def test_bad_input_is_a_message_not_a_traceback(indexed_env, query: str, note: str) -> None:
    result = search(indexed_env, query)
    assert result.exit_code == 0, result.output
    assert note in result.stdout and "Traceback" not in result.output


def test_japanese_query(indexed_env) -> None:
    result = search(indexed_env, "特定技能2号", "--json")
    parsed = SearchResult.model_validate(json.loads(result.stdout))
    assert parsed.relevant and parsed.passages[0].doc_id == "waasa-foreign-talent-support"


def test_before_ingest_it_says_to_ingest(env) -> None:
    result = search(env, "trainee")
    assert result.exit_code == 0 and "bot ingest" in result.stdout


def test_bad_k_is_a_usage_error(indexed_env) -> None:
    result = search(indexed_env, "trainee", "--k", "0")
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_unreachable_chroma_server_is_one_line(env) -> None:
    result = search({**env, "BOT_CHROMA_URL": "http://127.0.0.1:9"}, "trainee")
    assert result.exit_code == 2
    assert "error:" in result.output and "Traceback" not in result.output


@pytest.mark.slow
def test_real_entry_point(indexed_env) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "search", "e-Gov application", "--json"],
        env={**os.environ, **indexed_env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["passages"][0]["doc_id"] == "meti-reskills-courses"
