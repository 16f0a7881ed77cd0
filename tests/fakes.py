"""Shared fakes for tests of the dialogue logic without Chroma or a language model.

- FakeRetriever: answers ``search`` from passages given in the test (or raises a given error).
- ScriptedChatModel: a tool-calling chat model that returns the AIMessages it was given, in order; streamed
  (``.stream`` or a LangGraph "messages" stream), it gives each message's text a few characters at a time.
- ScriptedBot: a Bot stand-in that returns the BotReplies it was given (for UI and eval-harness tests).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from bot.contracts import BotReply, Passage, SearchResult


class FakeRetriever:
    """Returns every given passage whose text shares a word with the query; ``error`` is raised instead."""

    analyzer = None

    def __init__(self, passages: Iterable[Passage] = (), *, error: Exception | None = None,
                 confidence: float = 0.9) -> None:
        self.passages = list(passages)
        self.error = error
        self.confidence = confidence
        self.queries: list[str] = []

    def search(self, query: str, k: int = 5, program: str | None = None, doc_id: str | None = None) -> SearchResult:
        self.queries.append(query)
        if self.error is not None:
            raise self.error
        words = {w.lower() for w in query.split() if len(w) > 3}
        hits = [p for p in self.passages if words & {w.lower().strip(".,") for w in p.text.split()}][:k]
        return SearchResult(query=query, passages=hits, confidence=self.confidence if hits else 0.0,
                            relevant=bool(hits))


class ScriptedChatModel(BaseChatModel):
    """Replies with the scripted messages in order (the last one again once they run out)."""

    script: list[AIMessage]
    calls: int = 0
    token_chars: int = 6

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any):
        return self

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        message = self.script[min(self.calls, len(self.script) - 1)]
        self.calls += 1
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None, run_manager: Any = None,
                **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        """The scripted message in pieces of ``token_chars`` characters (its tool calls with the last piece),
        reported to the callbacks token by token as a provider's stream is."""
        message = self.script[min(self.calls, len(self.script) - 1)]
        self.calls += 1
        text = message.content if isinstance(message.content, str) else ""
        pieces = [text[i:i + self.token_chars] for i in range(0, len(text), self.token_chars)] or [""]
        message_id = message.id or f"scripted-{self.calls}"
        for n, piece in enumerate(pieces, start=1):
            last = n == len(pieces)
            calls = [
                {"name": c["name"], "args": json.dumps(c["args"]), "id": c["id"], "index": i, "type": "tool_call_chunk"}
                for i, c in enumerate(message.tool_calls)
            ] if last else []
            chunk = ChatGenerationChunk(message=AIMessageChunk(
                content=piece, id=message_id, tool_call_chunks=calls, chunk_position="last" if last else None))
            if run_manager is not None:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk


class ScriptedBot:
    """Answers with the given replies in order, recording the messages it was asked."""

    def __init__(self, replies: Iterable[BotReply]) -> None:
        self.replies = list(replies)
        self.asked: list[str] = []

    def new_conversation(self) -> Any:
        from bot.agent.conversation import Conversation

        return Conversation()

    def reply(self, conversation: Any, message: str) -> BotReply:
        self.asked.append(message)
        reply = self.replies[min(len(self.asked) - 1, len(self.replies) - 1)]
        conversation.add_turn(message, reply.answer)
        return reply
