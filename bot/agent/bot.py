"""The Bot: one reply per user message, through the agent loop, as a BotReply. Never raises.

The Bot holds only shared, read-only parts (the compiled agent graph, the tools); everything about a
conversation lives in the caller's Conversation object.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langgraph.errors import GraphRecursionError

from bot.text import detect_language, normalise
from bot.agent.conversation import Conversation, DialogueState
from bot.agent.loop import TurnContext, build_agent
from bot.agent.policy import STATE_KEY, PolicyChatModel
from bot.agent.search_tool import SEARCH_TOOL_NAME, make_search_tool
from bot.contracts import BotReply, Citation, Passage, RetrievedRef, SearchResult, ToolCallRecord
from bot.settings import Settings

log = logging.getLogger(__name__)

# Enough for: search + calculator, a second search, and the answer; a brain that loops is stopped.
RECURSION_LIMIT = 12


class Bot:
    """Answers messages for any number of conversations; holds no per-user state."""

    def __init__(self, settings: Settings, retriever: Any, rules: Any, *, model: Any = None) -> None:
        """``model``: the brain (a BaseChatModel). None = the configured LLM, or the built-in policy."""
        from bot.agent.llm import SYSTEM_PROMPT, make_llm
        from bot.tools import make_langchain_tools

        from bot.agent.responses import Responses
        from bot.agent.tasks import TaskRegistry
        from bot.agent.understand import Understander

        self.settings = settings
        self.responses = Responses(settings.knowledge_dir / "responses", rules)
        self.understander = Understander(rules, settings.knowledge_dir / "nlu")
        self.tasks = TaskRegistry.load(settings.knowledge_dir / "tasks.yaml")
        self.tools = [make_search_tool(retriever, settings.retrieval_k),
                      *make_langchain_tools(rules, self.tasks.tool_specs())]
        if model is None:
            model = make_llm(settings) if settings.llm else PolicyChatModel(
                analyzer=getattr(retriever, "analyzer", None), updates=rules.updates,
                understander=self.understander, responses=self.responses,
                answer_language=settings.answer_language, tasks=self.tasks,
            )
        self.model = model
        self.uses_policy = isinstance(model, PolicyChatModel)
        self.agent = build_agent(model, self.tools, SYSTEM_PROMPT, attach_state=self.uses_policy)

    # --- public API ------------------------------------------------------------------------------------
    def new_conversation(self) -> Conversation:
        return Conversation(max_history_turns=self.settings.max_history_turns)

    def reply(self, conversation: Conversation, message: str) -> BotReply:
        """Answer one message and advance ``conversation``. Any failure becomes a polite reply."""
        start = time.perf_counter()
        lang = self._language_of(message if isinstance(message, str) else "")
        try:
            reply = self._reply(conversation, message)
        except GraphRecursionError:
            reply = BotReply(answer=self.responses.say("message.too_many_steps", lang), refused=True, language=lang)
        except Exception:  # never a traceback in front of a user; the log keeps it for staff
            log.exception("reply failed")
            reply = BotReply(answer=self.responses.say("message.internal_error", lang), refused=True, language=lang)
        reply.latency_ms = round((time.perf_counter() - start) * 1000.0, 2)
        return reply

    # --- internals -------------------------------------------------------------------------------------
    def _language_of(self, text: str) -> str:
        setting = self.settings.answer_language
        return setting if setting in ("en", "ja") else detect_language(normalise(text or ""))

    def _reply(self, conversation: Conversation, message: str) -> BotReply:
        raw = message if isinstance(message, str) else ("" if message is None else str(message))
        text = normalise(raw)
        lang = self._language_of(text)
        note = ""
        limit = self.settings.max_message_chars
        if len(text) > limit:
            text = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
            note = self.responses.say("message.long", lang, limit=limit) + "\n\n"
        if not text:
            question = self.responses.say("message.ask_anything", lang) + " " + self.responses.say("examples", lang)
            return BotReply(answer=self.responses.say("message.empty", lang) + " " + question, follow_up=question,
                            language=lang)

        history = _history_messages(conversation)
        sent = [*history, HumanMessage(content=text)]
        result = self.agent.invoke(
            {"messages": sent},
            context=TurnContext(dialogue=conversation.dialogue.to_dict()),
            config={"recursion_limit": RECURSION_LIMIT},
        )
        new_messages: list[BaseMessage] = result["messages"][len(sent):]
        reply = self._to_reply(new_messages, lang)
        if note:
            reply.answer = note + reply.answer
        last = _last_ai(new_messages)
        if last is not None and STATE_KEY in last.additional_kwargs:
            conversation.dialogue = DialogueState.from_dict(last.additional_kwargs[STATE_KEY])
        conversation.add_turn(text, reply.answer)
        return reply

    def _to_reply(self, messages: list[BaseMessage], lang: str = "en") -> BotReply:
        tool_results = {m.tool_call_id: m for m in messages if isinstance(m, ToolMessage)}
        records: list[ToolCallRecord] = []
        searches: list[SearchResult] = []
        calculators = 0
        for message in messages:
            if not isinstance(message, AIMessage):
                continue
            for call in message.tool_calls:
                tool_message = tool_results.get(call.get("id") or "")
                record, search = _record(call, tool_message)
                records.append(record)
                if search is not None:
                    searches.append(search)
                elif call["name"] != SEARCH_TOOL_NAME:
                    calculators += 1
        passages = _ranked_passages(searches)
        retrieved = [RetrievedRef(doc_id=p.doc_id, chunk_id=p.chunk_id, score=p.score) for p in passages]
        last = _last_ai(messages)
        answer = _text(last) if last is not None else ""
        meta = last.additional_kwargs if last is not None else {}
        if self.uses_policy and "refused" in meta:
            by_id = {p.chunk_id: p for p in passages}
            cited = []
            for item in meta.get("cited_chunks") or []:
                passage = by_id.get(item.get("chunk_id", ""))
                if passage is not None:
                    # the citation's snippet is exactly what the answer quotes from that passage
                    quote = item.get("quote") or passage.snippet
                    cited.append(passage.model_copy(update={"snippet": quote}))
            refused = bool(meta.get("refused"))
            follow_up = meta.get("follow_up")
            details = str(meta.get("details") or "")
            lang = str(meta.get("language") or lang)
        else:
            cited = _cited_by_markers(answer, passages, searches)
            any_relevant = any(s.relevant for s in searches)
            refused = (bool(searches) and not any_relevant and calculators == 0) or _sounds_like_refusal(answer)
            follow_up = _question_in(answer) if not records else None
            details = ""
        if not answer.strip():
            answer = self.responses.say("message.no_answer", lang) + " " + self.responses.say("capabilities", lang)
            refused = True
        return BotReply(
            answer=answer,
            citations=[_citation(p) for p in cited],
            tool_calls=records,
            refused=refused,
            follow_up=follow_up,
            retrieved=retrieved,
            details=details,
            language=lang,
        )


def build_bot(settings: Settings, retriever: Any, rules: Any) -> Bot:
    """The Bot for these settings: the built-in policy, or the LLM named by ``settings.llm``."""
    return Bot(settings, retriever, rules)


# --- helpers ---------------------------------------------------------------------------------------------


def _history_messages(conversation: Conversation) -> list[BaseMessage]:
    out: list[BaseMessage] = []
    for item in conversation.history:
        if item.get("role") == "user":
            out.append(HumanMessage(content=item.get("content", "")))
        else:
            out.append(AIMessage(content=item.get("content", "")))
    return out


def _last_ai(messages: list[BaseMessage]) -> AIMessage | None:
    return next((m for m in reversed(messages) if isinstance(m, AIMessage) and not m.tool_calls), None)


def _text(message: AIMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return message.text if hasattr(message, "text") else str(content)


def _record(call: dict[str, Any], message: ToolMessage | None) -> tuple[ToolCallRecord, SearchResult | None]:
    name = call.get("name", "")
    args = dict(call.get("args") or {})
    if message is None:
        return ToolCallRecord(name=name, args=args, result={"error": "the tool did not run"}), None
    artifact = getattr(message, "artifact", None)
    if isinstance(artifact, SearchResult):
        summary = {
            "query": artifact.query,
            "relevant": artifact.relevant,
            "confidence": artifact.confidence,
            "passages": [{"doc_id": p.doc_id, "chunk_id": p.chunk_id, "score": p.score} for p in artifact.passages],
        }
        if artifact.message:
            summary["message"] = artifact.message
        return ToolCallRecord(name=name, args=args, result=summary), artifact
    if message.status == "error":
        return ToolCallRecord(name=name, args=args, result={"ok": False, "error": str(message.content)}), None
    if artifact is not None:
        payload = artifact.model_dump(mode="json") if hasattr(artifact, "model_dump") else artifact
        return ToolCallRecord(name=name, args=args, result=payload), None
    import json

    try:
        payload = json.loads(message.content) if isinstance(message.content, str) else message.content
    except ValueError:
        payload = message.content
    return ToolCallRecord(name=name, args=args, result=payload), None


def _ranked_passages(searches: list[SearchResult]) -> list[Passage]:
    """Passages of every search of the turn, best first, each chunk once (the first search ranks first)."""
    seen: set[str] = set()
    out: list[Passage] = []
    for search in searches:
        for passage in search.passages:
            if passage.chunk_id not in seen:
                seen.add(passage.chunk_id)
                out.append(passage)
    return out


def _citation(passage: Passage) -> Citation:
    snippet = passage.snippet or passage.text[:300]
    return Citation(
        doc_id=passage.doc_id,
        title=passage.title,
        section=passage.section,
        snippet=snippet,
        as_of=passage.as_of,
        chunk_id=passage.chunk_id,
    )


def _cited_by_markers(answer: str, passages: list[Passage], searches: list[SearchResult]) -> list[Passage]:
    """An LLM cites [doc_id] (or [doc_id | section]); map each to the best passage of that document."""
    cited: list[Passage] = []
    for match in re.finditer(r"\[([a-z0-9][a-z0-9\-]+)(?:\s*\|[^\]]*)?\]", answer):
        doc_id = match.group(1)
        best = next((p for p in passages if p.doc_id == doc_id), None)
        if best is not None and best not in cited:
            cited.append(best)
    if not cited:
        # no markers: the passages of relevant searches are what the answer was built from
        for search in searches:
            if search.relevant:
                cited.extend(p for p in search.passages[:2] if p not in cited)
    return cited


def _sounds_like_refusal(answer: str) -> bool:
    return bool(
        re.match(r"\s*(I (?:can(?:no|')t|could not|couldn't|do not|don't) (?:answer|find|help)|"
                 r"Sorry, I (?:can(?:no|')t|don't))", answer, re.I)
    )


def _question_in(answer: str) -> str | None:
    text = answer.strip()
    if not text.endswith("?"):
        return None
    sentences = re.split(r"(?<=[.!?])\s+", text)
    return sentences[-1] if sentences else text
