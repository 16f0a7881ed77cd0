"""The Chat tab: streamed answers with sources and calculator cards, examples, feedback, new conversation.

Per-visitor state (the agent's Conversation, the shown messages, the transcript) lives in one
``ChatSession`` held in ``gr.State``; Gradio keeps one per browser tab / API client session, so two
people chatting at once never share slots or history.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import gradio as gr

from bot.contracts import BotReply
from bot.ui.http import chat_message
from bot.ui.render import escape_markdown_text, render_reply, render_user_message, stream_prefixes
from bot.ui.services import Services

log = logging.getLogger(__name__)

APPLICANT_EXAMPLES = [
    "Am I eligible for the METI Japan Internship Program?",
    "How long can I stay in Japan as a technical intern trainee?",
    "What support does the internship program give for online placements?",
]
OWNER_EXAMPLES = [
    "We have 45 full-time staff: how many technical intern trainees can we take each year?",
    "Is a training plan with 1000 required, 600 related and 400 peripheral hours allowed?",
    "What must a course meet to be certified as a Re-Skills course?",
]
# Pause between streamed pieces: long enough to see the answer grow, short enough not to slow replies.
STREAM_PAUSE_S = 0.02
# Chat turns served at once (the bot is CPU-bound; more would only queue inside the process).
CHAT_CONCURRENCY = 8
# Turns kept on screen and in the transcript per session (the agent bounds its own history); keeps the
# memory of a thousand open sessions small.
MAX_TRANSCRIPT_TURNS = 50

FALLBACK_ANSWER = (
    "Sorry, something went wrong while answering. Please try again, or rephrase the question."
)


@dataclass
class ChatSession:
    """Everything one visitor's chat owns. Deep-copyable (gr.State copies its default value)."""

    conversation: Any
    session_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    messages: list[dict[str, str]] = field(default_factory=list)
    transcript: list[dict[str, Any]] = field(default_factory=list)


def new_session(services: Services) -> ChatSession:
    return ChatSession(conversation=services.bot.new_conversation())


def ask_bot(services: Services, session: ChatSession, message: str) -> BotReply:
    """One bot turn. Bot.reply never raises by contract; this guard keeps a traceback off the page anyway."""
    try:
        return services.bot.reply(session.conversation, message)
    except Exception:  # noqa: BLE001 - the visitor gets a plain message, the log gets the traceback
        log.exception("bot.reply failed")
        return BotReply(answer=FALLBACK_ANSWER, refused=True)


def respond(
    services: Services, message: str | None, session: ChatSession | None
) -> Iterator[tuple[str, list[dict[str, str]], dict[str, Any] | None, ChatSession]]:
    """Generator behind the chat box: shows the question, then the answer growing, then the full reply.

    Yields (textbox value, chatbot messages, last reply as JSON, session).
    """
    if session is None:
        session = new_session(services)
    text = chat_message(message, services.settings.max_message_chars)  # sanitised; over the limit: gr.Error
    if not text:
        yield "", session.messages, None, session
        return

    session.messages.append({"role": "user", "content": render_user_message(text)})
    session.messages.append({"role": "assistant", "content": "…"})
    yield "", session.messages, None, session

    reply = ask_bot(services, session, text)
    for prefix in stream_prefixes(escape_markdown_text(reply.answer.strip())):
        session.messages[-1] = {"role": "assistant", "content": prefix}
        yield "", session.messages, None, session
        time.sleep(STREAM_PAUSE_S)

    session.messages[-1] = {"role": "assistant", "content": render_reply(reply)}
    session.transcript.append(transcript_entry(text, reply))
    del session.transcript[:-MAX_TRANSCRIPT_TURNS]
    del session.messages[: -2 * MAX_TRANSCRIPT_TURNS]
    yield "", session.messages, reply.model_dump(mode="json"), session


def transcript_entry(question: str, reply: BotReply) -> dict[str, Any]:
    """What a feedback record keeps of one turn: the reply minus the raw search results (the passages
    are already summarised by the citations and the ranked ids in ``retrieved``)."""
    entry = {"question": question, **reply.model_dump(mode="json")}
    entry["tool_calls"] = [
        {"name": call["name"], "args": call["args"]}
        if call["name"] == "search_knowledge"
        else call
        for call in entry["tool_calls"]
    ]
    return entry


def start_over(services: Services) -> tuple[list[dict[str, str]], None, ChatSession, str]:
    return [], None, new_session(services), ""


def record_feedback(services: Services, session: ChatSession | None, data: gr.LikeData) -> str:
    """Save a thumbs up/down with the conversation it belongs to."""
    if session is None or not session.transcript:
        return ""
    index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
    # Messages come in (question, answer) pairs, so answer i is message 2*i+1 (older turns may be cut).
    offset = len(session.messages) // 2 - len(session.transcript)
    turn = int(index) // 2 - offset
    if not 0 <= turn < len(session.transcript):
        return ""
    rated = session.transcript[turn]
    services.feedback.append(
        {
            "session_id": session.session_id,
            "message_index": int(index),
            "liked": data.liked,
            "question": rated["question"],
            "answer": rated["answer"],
            "conversation": session.transcript,
        }
    )
    return "Thanks for the feedback."


def build_chat_tab(services: Services) -> None:
    """Lay out the chat inside the current gr.Tab and wire its events."""
    session_state = gr.State(None)
    chatbot = gr.Chatbot(
        label="Guide",
        height=520,
        elem_id="chatbot",
        sanitize_html=True,
        allow_tags=False,
        feedback_options=("Like", "Dislike"),
        placeholder="Ask about the Technical Intern Training, Specified Skilled Worker, "
        "METI Re-Skills courses or the Japan Internship Program.",
        buttons=["copy"],
    )
    with gr.Row():
        message = gr.Textbox(
            placeholder="Type your question and press Enter",
            show_label=False,
            max_length=services.settings.max_message_chars,
            scale=5,
            elem_id="chat-input",
            autofocus=True,
        )
        send = gr.Button("Send", variant="primary", scale=1, elem_id="chat-send")
    with gr.Row():
        new_chat = gr.Button("New conversation", size="sm", elem_id="chat-new")
        feedback_note = gr.Markdown("", elem_id="feedback-note")
    last_reply = gr.JSON(visible=False, label="last reply")
    with gr.Row():
        gr.Examples(APPLICANT_EXAMPLES, inputs=[message], label="For applicants")
        gr.Examples(OWNER_EXAMPLES, inputs=[message], label="For company owners")

    def _respond(text: str | None, session: ChatSession | None):
        yield from respond(services, text, session)

    def _start_over():
        return start_over(services)

    def _feedback(session: ChatSession | None, data: gr.LikeData) -> str:
        return record_feedback(services, session, data)

    outputs = [message, chatbot, last_reply, session_state]
    message.submit(
        _respond, [message, session_state], outputs, api_name="chat", concurrency_limit=CHAT_CONCURRENCY,
        concurrency_id="chat",
    )
    send.click(
        _respond, [message, session_state], outputs, api_visibility="private",
        concurrency_limit=CHAT_CONCURRENCY, concurrency_id="chat",
    )
    new_chat.click(
        _start_over, None, [chatbot, last_reply, session_state, feedback_note], api_name="new_conversation"
    )
    # The chatbot's own trash button clears only the screen: start a new conversation so the next
    # message does not bring the old history (and the agent's pending slots) back.
    chatbot.clear(_start_over, None, [chatbot, last_reply, session_state, feedback_note], api_visibility="private")
    chatbot.like(_feedback, [session_state], [feedback_note], api_visibility="private")
