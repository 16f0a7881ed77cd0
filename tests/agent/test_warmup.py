"""bot/agent/warmup.py: the bot answers knowledge/warmup.yaml once before it serves anyone, so no visitor's first turn
pays for what is built on first use; nothing of it stays in any conversation, and an LLM brain is never called."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.agent.warmup import warm_up, warmup_messages
from bot.errors import ConfigError

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


class Recording:
    """A chat bot that records what it was asked (the built-in brain unless told otherwise)."""

    def __init__(self, uses_policy: bool = True) -> None:
        self.uses_policy = uses_policy
        self.asked: list[tuple[int, str]] = []
        self.conversations = 0

    def new_conversation(self) -> int:
        self.conversations += 1
        return self.conversations

    def reply(self, conversation: int, message: str) -> str:
        self.asked.append((conversation, message))
        return "ok"


def test_the_repository_has_messages_in_both_languages_for_each_kind():
    messages = warmup_messages(KNOWLEDGE)
    assert len(messages) >= 8
    assert any(any("\u3040" <= ch <= "\u30ff" for ch in m) for m in messages)  # Japanese
    assert any(m.isascii() for m in messages)


def test_each_message_is_answered_once_in_a_conversation_of_its_own():
    bot = Recording()
    seconds = warm_up(bot, ["a", "b", "c"])
    assert [m for _, m in bot.asked] == ["a", "b", "c"]
    assert len({c for c, _ in bot.asked}) == 3
    assert seconds >= 0


def test_an_llm_brain_is_never_called():
    bot = Recording(uses_policy=False)
    assert warm_up(bot, ["a"]) == 0.0
    assert bot.asked == []


def test_a_folder_without_the_file_warms_nothing(tmp_path: Path):
    assert warmup_messages(tmp_path) == []


def test_a_malformed_file_is_a_configuration_error_naming_it(tmp_path: Path):
    (tmp_path / "warmup.yaml").write_text("messages: {not: a list}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="warm-up messages"):
        warmup_messages(tmp_path)


def test_the_real_bot_answers_every_message_without_an_internal_error(bot, agent_settings):
    """The built-in brain over the real index: each warm-up message gets a real reply, none the apology of a failure."""
    from bot.agent.responses import default_responses

    failures = {default_responses().say("message.internal_error", lang) for lang in ("en", "ja")}
    for message in warmup_messages(agent_settings.knowledge_dir):
        reply = bot.reply(bot.new_conversation(), message)
        assert reply.answer and reply.answer not in failures, message


def test_no_message_is_a_case_of_the_evaluation():
    """The eval's latency is that of a warmed bot on messages it has not seen: a warm-up message that is also a case
    would be answered from what the bot kept of it."""
    from bot.evaluation.dataset import load_datasets

    load = load_datasets(sorted((KNOWLEDGE.parent / "eval").rglob("*.jsonl")))
    asked = {message for case in load.cases for message in case.messages}
    assert len(load.cases) > 3000
    assert not set(warmup_messages(KNOWLEDGE)) & asked
