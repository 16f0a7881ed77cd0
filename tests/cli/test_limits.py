"""The CLI entrances use the same sanitiser and size limit as the chat."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from bot.cli import app
from bot.settings import Settings


def _env(settings: Settings) -> dict[str, str]:
    return {"BOT_DATA_DIR": str(settings.data_dir), "BOT_KNOWLEDGE_DIR": str(settings.knowledge_dir),
            "BOT_MAX_MESSAGE_CHARS": "200"}


def test_ask_refuses_a_message_over_the_limit_in_one_line(settings: Settings, indexed_store):
    result = CliRunner().invoke(app, ["ask", "visa " * 100], env=_env(settings))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.strip().count("\n") == 0 and "BOT_MAX_MESSAGE_CHARS" in result.stderr


def test_ask_and_chat_survive_unsafe_characters(settings: Settings, indexed_store):
    text = "We have 45\x00 full-time\u202e employees: how many trainees can we take?\ud800"
    result = CliRunner().invoke(app, ["ask", "--json", text], env=_env(settings))
    assert result.exit_code == 0, result.output
    reply = json.loads(result.stdout)
    assert any(c["name"] == "trainee_quota" and c["args"]["full_time_employees"] == 45 for c in reply["tool_calls"])
    chat = CliRunner().invoke(app, ["chat"], input="a\x1b[2J\u202eb\n" + "x" * 300 + "\nWho can apply to JIP?\n",
                              env=_env(settings))
    assert chat.exit_code == 0 and "BOT_MAX_MESSAGE_CHARS" in chat.stderr and chat.stdout.count("bot>") == 2
