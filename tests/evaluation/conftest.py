"""Fixtures for the harness tests: a scripted bot (a real class that replays BotReply objects and records
what it was sent) and a helper that writes hand-made JSON Lines datasets into a tmp dir."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.contracts import BotReply


class Conversation:
    """What the scripted bot hands out; the ids show whether the harness started a fresh one per case."""

    _ids = itertools.count(1)

    def __init__(self) -> None:
        self.id = next(self._ids)
        self.messages: list[str] = []


class ScriptedBot:
    """Replays a scripted reply per user message (by exact text) and records every call.

    A scripted value may be a BotReply, or a callable (conversation -> BotReply) for replies that depend
    on the conversation so far, or an Exception instance to raise.
    """

    def __init__(self, script: dict[str, Any], default: BotReply | None = None) -> None:
        self.script = script
        self.default = default or BotReply(answer="I don't know.", refused=True)
        self.calls: list[tuple[int, str]] = []
        self.conversations: list[Conversation] = []

    def new_conversation(self) -> Conversation:
        conversation = Conversation()
        self.conversations.append(conversation)
        return conversation

    def reply(self, conversation: Conversation, message: str) -> BotReply:
        conversation.messages.append(message)
        self.calls.append((conversation.id, message))
        scripted = self.script.get(message, self.default)
        if isinstance(scripted, Exception):
            raise scripted
        if callable(scripted):
            return scripted(conversation)
        return scripted


@pytest.fixture
def scripted_bot() -> type[ScriptedBot]:
    return ScriptedBot


@pytest.fixture
def write_dataset(tmp_path: Path) -> Callable[..., Path]:
    """write_dataset([case dicts or raw lines], name="d.jsonl") -> path."""

    def write(lines: list[dict | str], name: str = "d.jsonl") -> Path:
        path = tmp_path / name
        text = "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
        path.write_text(text + "\n", encoding="utf-8")
        return path

    return write
