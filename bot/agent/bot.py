"""The Bot: one reply per user message, as a BotReply. Never raises.

Two brains over the same parts. The built-in brain is a plain pipeline: Understander -> DialoguePolicy
(plan_turn) -> ToolRunner -> policy (answer_from_tools) -> response catalog, with the typed DialogueState passed
explicitly. A configured LLM runs LangChain's ``create_agent`` loop over the same ToolRunner's tools. Both give
the same BotReply and the same tool-call records (the runner records each call once). ``stream_reply`` gives
the LLM brain's answer as its tokens arrive (LangGraph's "messages" stream), then that same BotReply.

The Bot holds only shared, read-only parts; everything about a conversation lives in the caller's Conversation.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from bot.agent import policy
from bot.agent.conversation import Conversation, DialogueState
from bot.agent.policy import Turn
from bot.agent.runner import ToolRun, ToolRunner
from bot.agent.search_tool import SEARCH_TOOL_NAME
from bot.agent.selection import make_sentence_selector
from bot.contracts import BotReply, Citation, Passage, RetrievedRef, SearchResult
from bot.settings import Settings
from bot.text import detect_language, normalise, rx

if TYPE_CHECKING:  # the LLM brain's message types; imported at run time only when an LLM is configured
    from langchain_core.messages import AIMessage, BaseMessage

log = logging.getLogger(__name__)

# What the LLM brain's streaming turn calls with the answer written so far.
TextSink = Callable[[str], None]

# Enough for: search + calculator, a second search, and the answer; a brain that loops is stopped.
RECURSION_LIMIT = 12


class Bot:
    """Answers messages for any number of conversations; holds no per-user state."""

    def __init__(self, settings: Settings, retriever: Any, rules: Any, *, model: Any = None) -> None:
        """``model``: the brain (a BaseChatModel). None = the configured LLM, or the built-in policy."""
        from bot.agent.llm import make_llm, system_prompt
        from bot.agent.responses import Responses
        from bot.agent.tasks import TaskRegistry
        from bot.agent.understand import Understander

        self.settings = settings
        self.responses = Responses(settings.knowledge_dir / "responses", rules)
        self.understander = Understander(rules, settings.knowledge_dir / "nlu")
        self.tasks = TaskRegistry.load(settings.knowledge_dir / "tasks.yaml")
        self.runner = ToolRunner(retriever, rules, self.tasks.tool_specs(), settings.retrieval_k, self.responses)
        self.analyzer = getattr(retriever, "analyzer", None)
        self.selector = make_sentence_selector(settings.sentence_selector, self.analyzer,
                                               settings.knowledge_dir)
        self.updates = rules.updates
        if model is None and settings.llm:
            model = make_llm(settings)
        self.model = model
        self.uses_policy = model is None
        self.tools: list[Any] = []
        self.agent = None
        if model is not None:  # only the LLM brain needs LangChain tools and the agent graph (langgraph)
            from bot.agent.loop import build_agent

            self.tools = self.runner.langchain_tools()
            self.agent = build_agent(model, self.tools, system_prompt(settings))

    # --- public API ------------------------------------------------------------------------------------
    def new_conversation(self) -> Conversation:
        return Conversation(max_history_turns=self.settings.max_history_turns)

    def reply(self, conversation: Conversation, message: str) -> BotReply:
        """Answer one message and advance ``conversation``. Any failure becomes a polite reply."""
        return self._guarded_reply(conversation, message, None)

    @property
    def streams_tokens(self) -> bool:
        """True when ``stream_reply`` gives the answer as it is written (an LLM brain); the built-in brain
        has the whole reply at once."""
        return not self.uses_policy

    def stream_reply(self, conversation: Conversation, message: str) -> Iterator[str | BotReply]:
        """Answer one message as it is written: the answer text so far (str, each time the LLM brain adds
        tokens), then the BotReply, the same as ``reply`` gives (tool-call records included). Never raises.

        The turn runs on one thread of its own, so the consumer may call ``next`` from any thread (Gradio
        does, from its worker pool) and the turn's context (the runner's records) stays whole."""
        if not self.streams_tokens:
            yield self.reply(conversation, message)
            return
        steps: queue.SimpleQueue[str | BotReply] = queue.SimpleQueue()
        worker = threading.Thread(
            target=lambda: steps.put(self._guarded_reply(conversation, message, steps.put)),
            name="bot-stream-reply",
            daemon=True,
        )
        worker.start()
        while True:
            step = steps.get()
            yield step
            if isinstance(step, BotReply):
                return

    # --- internals -------------------------------------------------------------------------------------
    def _guarded_reply(self, conversation: Conversation, message: str, on_text: TextSink | None) -> BotReply:
        start = time.perf_counter()
        # the language of what the bot reads (a message over the limit is cut, in the language it starts in)
        lang = self._language_of(message[: self.settings.max_message_chars] if isinstance(message, str) else "")
        try:
            reply = self._reply(conversation, message, on_text)
        except Exception as exc:  # never a traceback in front of a user; the log keeps it for staff
            key = "message.too_many_steps" if _is_recursion_limit(exc) else "message.internal_error"
            if key == "message.internal_error":
                log.exception("reply failed")
            reply = BotReply(answer=self.responses.say(key, lang), refused=True, language=lang)
        reply.latency_ms = round((time.perf_counter() - start) * 1000.0, 2)
        return reply

    def _language_of(self, text: str) -> str:
        setting = self.settings.answer_language
        return setting if setting in ("en", "ja") else detect_language(normalise(text or ""))

    def _reply(self, conversation: Conversation, message: str, on_text: TextSink | None = None) -> BotReply:
        raw = message if isinstance(message, str) else ("" if message is None else str(message))
        limit = self.settings.max_message_chars
        # only what can be read is normalised: whitespace runs first collapsed (as normalise does), then twice the
        # limit (normalising may shorten it more); a 100,000-character message cost 0.3 s in normalising and language
        # detection alone
        text = normalise(rx.sub(r"\s+", " ", raw).strip()[: 2 * limit])
        cut = len(text) > limit
        if cut:
            text = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
        lang = self._language_of(text)
        note = self.responses.say("message.long", lang, limit=limit) + "\n\n" if cut else ""
        if not text:
            question = self.responses.say("message.ask_anything", lang) + " " + self.responses.say("examples", lang)
            return BotReply(answer=self.responses.say("message.empty", lang) + " " + question, follow_up=question,
                            language=lang)

        if self.uses_policy:
            reply, state = self._policy_reply(conversation.dialogue, text)
            conversation.dialogue = state
        else:
            reply = self._llm_reply(conversation, text, lang, on_text)
        if note:
            reply.answer = note + reply.answer
        conversation.add_turn(text, reply.answer)
        return reply

    def _policy_reply(self, state: DialogueState, text: str) -> tuple[BotReply, DialogueState]:
        """The built-in brain: a plain pipeline over the typed state, the policy and the ToolRunner."""
        turn = Turn(self.understander, self.responses, self.settings.answer_language, task_registry=self.tasks,
                    selector=self.selector)
        with self.runner.recording() as runs:
            step = policy.plan_turn(text, state.model_copy(deep=True), self.runner.names, turn)
            if isinstance(step, policy.CallTools):
                results = [self.runner.run(call["name"], call["args"]) for call in step.calls]
                turn.lang = step.plan.lang
                step = policy.answer_from_tools(step.plan, results, policy.MAX_PASSAGES, self.analyzer,
                                                self.updates, turn)
        passages = _ranked_passages([r.search for r in runs if r.search is not None])
        by_id = {p.chunk_id: p for p in passages}
        cited = []
        for item in step.cited:
            passage = by_id.get(item.get("chunk_id", ""))
            if passage is not None:
                # the citation's snippet is exactly what the answer quotes from that passage
                cited.append(passage.model_copy(update={"snippet": item.get("quote") or passage.snippet}))
        reply = BotReply(
            answer=step.text,
            citations=[_citation(p) for p in cited],
            tool_calls=[r.record() for r in runs],
            refused=step.refused,
            follow_up=step.follow_up,
            retrieved=[RetrievedRef(doc_id=p.doc_id, chunk_id=p.chunk_id, score=p.score) for p in passages],
            details=step.details,
            language=step.lang,
        )
        return reply, step.state

    def _llm_reply(self, conversation: Conversation, text: str, lang: str, on_text: TextSink | None = None) -> BotReply:
        """The LLM brain's turn. With ``on_text`` the graph is streamed (LangGraph ``stream_mode`` "messages"
        for the model's tokens, "values" for the final state) and ``on_text`` gets the answer so far; the
        reply is built from the same final messages either way."""
        from langchain_core.messages import AIMessageChunk, HumanMessage

        history = _history_messages(conversation)
        sent = [*history, HumanMessage(content=text)]
        config = {"recursion_limit": RECURSION_LIMIT}
        with self.runner.recording() as runs:
            if on_text is None:
                result = self.agent.invoke({"messages": sent}, config=config)
            else:
                result, written, message_id = {"messages": sent}, "", None
                for mode, data in self.agent.stream({"messages": sent}, config=config,
                                                    stream_mode=["messages", "values"]):
                    if mode == "values":
                        result = data
                        continue
                    token = data[0]
                    if not isinstance(token, AIMessageChunk):
                        continue  # a tool's result, not the model writing
                    if token.id != message_id:  # a new model call: its text replaces the last one's
                        message_id, written = token.id, ""
                    piece = str(token.text)
                    if piece:
                        written += piece
                        on_text(written)
        new_messages: list[BaseMessage] = result["messages"][len(sent):]
        return self._to_reply(new_messages, runs, lang)

    def _to_reply(self, messages: list[BaseMessage], runs: list[ToolRun], lang: str = "en") -> BotReply:
        """The LLM brain's reply: its last message, with the runner's records of the calls it made."""
        records = [r.record() for r in runs]
        searches = [r.search for r in runs if r.search is not None]
        calculators = sum(1 for r in runs if r.name != SEARCH_TOOL_NAME)
        passages = _ranked_passages(searches)
        retrieved = [RetrievedRef(doc_id=p.doc_id, chunk_id=p.chunk_id, score=p.score) for p in passages]
        last = _last_ai(messages)
        answer = _text(last) if last is not None else ""
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


def _is_recursion_limit(exc: Exception) -> bool:
    """The LLM brain looped past RECURSION_LIMIT (langgraph is loaded only if that brain ran)."""
    import sys

    errors = sys.modules.get("langgraph.errors")
    return errors is not None and isinstance(exc, errors.GraphRecursionError)


def _history_messages(conversation: Conversation) -> list[BaseMessage]:
    from langchain_core.messages import AIMessage, HumanMessage

    out: list[BaseMessage] = []
    for item in conversation.history:
        if item.get("role") == "user":
            out.append(HumanMessage(content=item.get("content", "")))
        else:
            out.append(AIMessage(content=item.get("content", "")))
    return out


def _last_ai(messages: list[BaseMessage]) -> AIMessage | None:
    from langchain_core.messages import AIMessage

    return next((m for m in reversed(messages) if isinstance(m, AIMessage) and not m.tool_calls), None)


def _text(message: AIMessage) -> str:
    content = message.content
    if isinstance(content, str):
        return content
    return message.text if hasattr(message, "text") else str(content)


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
    for match in rx.finditer(r"\[([a-z0-9][a-z0-9\-]+)(?:\s*\|[^\]]*)?\]", answer):
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
        rx.match(r"\s*(I (?:can(?:no|')t|could not|couldn't|do not|don't) (?:answer|find|help)|"
                 r"Sorry, I (?:can(?:no|')t|don't))", answer, re.I)
    )


def _question_in(answer: str) -> str | None:
    text = answer.strip()
    if not text.endswith("?"):
        return None
    sentences = rx.split(r"(?<=[.!?])\s+", text)
    return sentences[-1] if sentences else text
