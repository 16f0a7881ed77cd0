"""The Chat tab: answer first with the working and the sources folded, example questions, feedback, new
conversation. A turn is a few updates: the built-in brain's two (the question, then the whole reply), a
configured LLM's answer as it is written (at most every STREAM_INTERVAL_S), then the full reply.

Per-visitor state (the agent's Conversation, the shown messages, the transcript) lives in one
``ChatSession`` held in ``gr.State``; Gradio keeps one per browser tab / API client session, so two
people chatting at once never share slots or history.

The page clears the textbox the moment a message is sent; the server's streamed updates never touch it,
so a draft typed while an answer comes in is kept.
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
from bot.ui.i18n import DEFAULT_LANGUAGE, UiText, language_of
from bot.ui.render import default_text, render_partial, render_reply, render_user_message
from bot.ui.services import Services

log = logging.getLogger(__name__)

# Turns kept on screen and in the transcript per session (the agent bounds its own history); keeps the
# memory of a thousand open sessions small.
MAX_TRANSCRIPT_TURNS = 50
# A streaming LLM's answer so far is shown at most this often (seconds): a few updates, not one per token.
STREAM_INTERVAL_S = 0.25


@dataclass
class ChatSession:
    """Everything one visitor's chat owns."""

    conversation: Any
    session_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    messages: list[dict[str, str]] = field(default_factory=list)
    transcript: list[dict[str, Any]] = field(default_factory=list)


def new_session(services: Services) -> ChatSession:
    return ChatSession(conversation=services.bot.new_conversation())


def respond(
    services: Services, message: str | None, session: ChatSession, text: UiText | None = None
) -> Iterator[tuple[list[dict[str, str]], dict[str, Any] | None]]:
    """Generator behind the chat box. Yields (chatbot messages, last reply as JSON or None).

    The built-in brain has the whole reply at once, so a turn is two updates: the question with a
    placeholder, then the full reply. A configured LLM streams its tokens: the answer so far is shown at
    most every ``STREAM_INTERVAL_S`` (a few updates, not one per token), then the full reply. ``session``
    is changed in place; the tab keeps it per visitor."""
    text = text or default_text()
    question = chat_message(message, services)  # sanitised; over BOT_MAX_MESSAGE_CHARS: gr.Error
    if not question:
        yield session.messages, None
        return

    session.messages.append({"role": "user", "content": render_user_message(question)})
    session.messages.append({"role": "assistant", "content": "…"})
    # The page clears the textbox itself when the message is sent (CLEAR_INPUT_JS); the textbox is not an
    # output of the turn, so a draft typed while the answer comes in survives.
    yield session.messages, None

    reply = None
    last_update = 0.0
    for step in bot_steps(services, session, question, text):
        if isinstance(step, BotReply):
            reply = step
        elif time.monotonic() - last_update >= STREAM_INTERVAL_S:
            session.messages[-1] = {"role": "assistant", "content": render_partial(step)}
            yield session.messages, None
            last_update = time.monotonic()
    if reply is None:  # a bot that ended without a reply: a plain message, never a traceback
        reply = BotReply(answer=text.get("fallback_answer"), refused=True)

    key = f"{session.session_id[:8]}-{len(session.transcript)}"
    session.messages[-1] = {"role": "assistant", "content": render_reply(reply, key=key, text=text)}
    session.transcript.append(transcript_entry(question, reply))
    del session.transcript[:-MAX_TRANSCRIPT_TURNS]
    del session.messages[: -2 * MAX_TRANSCRIPT_TURNS]
    yield session.messages, reply.model_dump(mode="json")


def bot_steps(services: Services, session: ChatSession, message: str, text: UiText | None = None) -> Iterator[str | BotReply]:
    """The bot's turn as steps: the answer text so far (only a bot that streams tokens gives these), then
    the BotReply. A failure becomes a plain message (Bot never raises by contract; this keeps a traceback
    off the page anyway)."""
    bot = services.bot
    try:
        if getattr(bot, "streams_tokens", False):
            yield from bot.stream_reply(session.conversation, message)
        else:
            yield bot.reply(session.conversation, message)
    except Exception:  # noqa: BLE001 - the visitor gets a plain message, the log gets the traceback
        log.exception("bot reply failed")
        yield BotReply(answer=(text or default_text()).get("fallback_answer"), refused=True)


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


def record_feedback(
    services: Services,
    session: ChatSession | None,
    data: gr.LikeData,
    text: UiText | None = None,
    lang: str = DEFAULT_LANGUAGE,
) -> str:
    """Save a thumbs up/down, or its withdrawal (the browser sends an empty value: recorded as an undo),
    with the conversation it belongs to."""
    text = text or default_text()
    if session is None or not session.transcript:
        return ""
    index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
    # Messages come in (question, answer) pairs, so answer i is message 2*i+1 (older turns may be cut).
    offset = len(session.messages) // 2 - len(session.transcript)
    turn = int(index) // 2 - offset
    if not 0 <= turn < len(session.transcript):
        return ""
    rated = session.transcript[turn]
    undo = data.liked in ("", None)
    services.feedback.append(
        {
            "session_id": session.session_id,
            "message_index": int(index),
            "action": "undo" if undo else ("like" if data.liked is True else "dislike" if data.liked is False else str(data.liked)),
            "liked": None if undo else data.liked,
            "question": rated["question"],
            "answer": rated["answer"],
            "conversation": session.transcript,
        }
    )
    return text.get("feedback_undone" if undo else "feedback_thanks", lang)


def request_language(request: gr.Request | None) -> str:
    headers = getattr(request, "headers", None) or {}
    return language_of(headers.get("accept-language"))


# Runs in the page when a message is sent, after the turn's inputs were read.
CLEAR_INPUT_JS = "() => ''"

# Runs in the page after a turn: bring the start of the newest answer into view (not its end).
SCROLL_TO_ANSWER_JS = """() => {
  const answers = document.querySelectorAll("#chatbot [data-testid='bot']");
  const last = answers[answers.length - 1];
  if (last) last.scrollIntoView({block: "start", behavior: "instant"});
}"""


def build_chat_tab(services: Services, text: UiText, i18n: Any) -> None:
    """Lay out the chat inside the current gr.Tab and wire its events (labels through ``i18n``)."""
    # Each visitor's ChatSession is made by their first turn and kept as an output of every turn. Not a
    # callable default: Gradio runs that as a page-load event, which under load can finish after the first
    # turn and replace its session with an empty one (the turn's history and feedback lost).
    session_state = gr.State(None)
    chatbot = gr.Chatbot(
        label=i18n("chat_label"),
        show_label=False,  # a floating label would cover the first line of the first message
        height="70vh",
        min_height=360,
        elem_id="chatbot",
        sanitize_html=True,
        allow_tags=False,
        autoscroll=False,  # the page scrolls to the new answer's start itself (SCROLL_TO_ANSWER_JS)
        feedback_options=("Like", "Dislike"),
        buttons=["copy"],
        layout="panel",
    )
    with gr.Row(equal_height=True):
        message = gr.Textbox(
            placeholder=i18n("input_placeholder"),
            label=i18n("input_placeholder"),
            show_label=False,
            max_length=services.settings.max_message_chars,
            scale=5,
            elem_id="chat-input",
            autofocus=True,
            lines=1,
        )
        send = gr.Button(i18n("send"), variant="primary", scale=1, min_width=80, elem_id="chat-send")
    with gr.Row():
        new_chat = gr.Button(i18n("new_conversation"), size="sm", elem_id="chat-new", scale=0, min_width=160)
        gr.Markdown(i18n("feedback_note"), elem_id="feedback-explainer", elem_classes=["small-note"])
    feedback_note = gr.Markdown("", elem_id="feedback-note")
    last_reply = gr.JSON(visible=False, label="last reply")
    with gr.Row(elem_id="examples"):
        for group, key in (("applicant", "examples_applicants"), ("owner", "examples_owners")):
            with gr.Column(min_width=260):
                gr.Markdown(i18n(key), elem_classes=["examples-title"])
                for i, _ in enumerate(text.get(f"{group}_examples")):
                    elem_id = f"example-{group}-{i}"
                    button = gr.Button(
                        i18n(f"{group}_examples__{i}"), size="sm", elem_id=elem_id, elem_classes=["example"]
                    )
                    # The example in the language the page shows goes into the textbox (no server call).
                    button.click(
                        None, None, [message], js=f"() => document.getElementById('{elem_id}').innerText.trim()"
                    )

    def _respond(question: str | None, session: ChatSession | None):
        session = session or new_session(services)
        for messages, last in respond(services, question, session, text):
            yield messages, last, session

    def _start_over():
        return start_over(services)

    def _feedback(session: ChatSession | None, data: gr.LikeData, request: gr.Request) -> str:
        return record_feedback(services, session, data, text, request_language(request))

    # Only what a turn changes: re-sending the textbox (even as gr.skip()) makes Gradio build a new Textbox
    # for every update. The session stays on the server (a State is never sent to the page).
    outputs = [chatbot, last_reply, session_state]
    submitted = message.submit(
        _respond, [message, session_state], outputs, api_name="chat", concurrency_id="chat",
    )
    clicked = send.click(
        _respond, [message, session_state], outputs, api_visibility="private", concurrency_id="chat",
    )
    # Registered after the turn's listeners, so the turn has read the message before it is cleared.
    message.submit(None, None, [message], js=CLEAR_INPUT_JS)
    send.click(None, None, [message], js=CLEAR_INPUT_JS)
    for event in (submitted, clicked):
        event.then(None, None, None, js=SCROLL_TO_ANSWER_JS)
    new_chat.click(
        _start_over, None, [chatbot, last_reply, session_state, feedback_note], api_name="new_conversation"
    )
    # The chatbot's own trash button clears only the screen: start a new conversation so the next
    # message does not bring the old history (and the agent's pending slots) back.
    chatbot.clear(_start_over, None, [chatbot, last_reply, session_state, feedback_note], api_visibility="private")
    chatbot.like(_feedback, [session_state], [feedback_note], api_visibility="private")
