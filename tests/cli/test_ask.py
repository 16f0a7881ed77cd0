"""bot ask / bot chat through the real CLI on a private index."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from bot import wiring
from bot.cli import app
from bot.ingest import ingest


@pytest.fixture
def env(settings) -> dict[str, str]:
    ingest(settings, wiring.build_store(settings))
    return {
        "BOT_DATA_DIR": str(settings.data_dir),
        "BOT_KNOWLEDGE_DIR": str(settings.knowledge_dir),
        "BOT_EMBEDDER": "offline",
        "BOT_LLM": "",
    }


def run(args: list[str], env: dict[str, str], stdin: str | None = None):
    return CliRunner().invoke(app, args, env=env, input=stdin)


def test_ask_prints_a_cited_answer(env) -> None:
    result = run(["ask", "How long can I stay as a technical intern?"], env)
    assert result.exit_code == 0, result.output
    assert "5 years" in result.output and "Sources:" in result.output


def test_ask_json_is_a_bot_reply(env) -> None:
    result = run(["ask", "We have 45 full-time staff, how many trainees can we take?", "--json"], env)
    assert result.exit_code == 0, result.output
    reply = json.loads(result.output)
    assert set(reply) >= {"answer", "citations", "tool_calls", "refused", "follow_up", "retrieved", "latency_ms"}
    assert reply["tool_calls"][0]["name"] == "trainee_quota"


def test_turns_form_one_conversation(env) -> None:
    result = run(["ask", "--turn", "How many trainees can we accept?", "--turn", "45", "--turn", "sorry, I meant 35",
                  "--json"], env)
    assert result.exit_code == 0, result.output
    replies = json.loads(result.output)
    assert replies[0]["follow_up"]
    assert replies[2]["tool_calls"][0]["args"]["full_time_employees"] == 35


def test_turns_from_stdin(env) -> None:
    result = run(["ask", "--json"], env, stdin="How many trainees can we accept?\n60\n")
    assert result.exit_code == 0, result.output
    replies = json.loads(result.output)
    assert len(replies) == 2 and replies[1]["tool_calls"][0]["args"]["full_time_employees"] == 60


def test_empty_index_is_a_clear_error(settings) -> None:
    result = run(["ask", "hello"], {"BOT_DATA_DIR": str(settings.data_dir),
                                    "BOT_KNOWLEDGE_DIR": str(settings.knowledge_dir), "BOT_LLM": ""})
    assert result.exit_code == 2
    assert "bot ingest" in result.output and "Traceback" not in result.output


def test_chat_session_with_new_and_quit(env) -> None:
    result = run(["chat"], env, stdin="How many trainees can we accept?\n45\n/new\n45\n/quit\n")
    assert result.exit_code == 0, result.output
    assert "full-time employees" in result.output
    assert "(new conversation)" in result.output
    assert result.output.count("Technical intern trainee quota") == 1  # after /new, "45" alone is not a quota
