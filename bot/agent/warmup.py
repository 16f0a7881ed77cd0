"""Warming a bot before it serves anyone: the first answers of a process pay for what is built on first use (the
language packs' patterns compiled, the GeoNames city index, the answer catalogs), up to 2 s of one user's turn.
``warm_up`` answers the messages of knowledge/warmup.yaml once, in throwaway conversations, so those costs fall
at start-up (the app does it on a background thread; ``bot eval`` before its timed run)."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from bot.datafile import load_model
from bot.errors import ConfigError

log = logging.getLogger(__name__)


class WarmupMessages(BaseModel):
    messages: list[str] = []


class Answers(Protocol):
    """What is warmed: a chat bot (bot.agent.Bot; any conversation type)."""

    def new_conversation(self) -> Any: ...

    def reply(self, conversation: Any, message: str) -> Any: ...


def warmup_messages(knowledge_dir: Path) -> list[str]:
    """The messages of ``knowledge_dir``/warmup.yaml (none when the folder has no such file)."""
    path = Path(knowledge_dir) / "warmup.yaml"
    if not path.is_file():
        return []
    return load_model(path, WarmupMessages, "warm-up messages", ConfigError).messages


def warm_up(bot: Answers, messages: list[str]) -> float:
    """Answer each message once in a conversation of its own, which is then dropped; the seconds it took. A bot with
    an LLM brain is not warmed (each message would be a paid model call; its own latency dwarfs these costs)."""
    if not getattr(bot, "uses_policy", True):  # Bot.uses_policy: the built-in brain
        return 0.0
    start = time.perf_counter()
    for message in messages:
        bot.reply(bot.new_conversation(), message)
    seconds = time.perf_counter() - start
    log.info("warmed up on %d messages in %.1f s", len(messages), seconds)
    return seconds
