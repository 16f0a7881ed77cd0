"""The chat's server side: few streamed events, the textbox left alone, feedback with undo, languages."""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from bot.contracts import BotReply, Citation
from bot.ui.chat import build_chat_tab, new_session, record_feedback, respond
from bot.ui.feedback import FeedbackLog
from bot.ui.i18n import UiText, language_of


class _Bot:
    """A bot that answers from a script: the chat's mechanics, not the bot, are under test here."""

    def __init__(self, reply: BotReply) -> None:
        self._reply = reply

    def new_conversation(self):
        return object()

    def reply(self, conversation, message):
        return self._reply


class _Services:
    def __init__(self, reply: BotReply, feedback: FeedbackLog) -> None:
        self.bot = _Bot(reply)
        self.feedback = feedback


LONG = BotReply(
    answer="You may accept 5 No.1 trainees a year. [1]\n\n" + "\n\n".join(f"Line {i} " + "word " * 40 for i in range(10)),
    citations=[Citation(doc_id="d", title="T", snippet="s")],
)


def test_the_built_in_brain_answers_in_two_updates_without_touching_the_textbox(tmp_path):
    services = _Services(LONG, FeedbackLog(tmp_path / "f.jsonl"))
    session = new_session(services)
    events = list(respond(services, "How many?", session))
    assert len(events) == 2  # the question with a placeholder, then the full reply (it is whole at once)
    assert all(len(event) == 2 for event in events)  # (messages, reply): the textbox is never an output
    messages, reply = events[-1]
    assert reply["answer"] == LONG.answer and messages[-1]["content"].count("Sources (1)") == 1
    assert 'href="#cite-' in messages[-1]["content"]
    assert session.messages == messages and len(session.transcript) == 1  # the session changed in place


class _Like:
    def __init__(self, index, liked) -> None:
        self.index, self.liked = index, liked


def test_undo_is_recorded_as_an_undo(tmp_path):
    services = _Services(LONG, FeedbackLog(tmp_path / "f.jsonl"))
    session = new_session(services)
    list(respond(services, "How many?", session))
    assert "saved" in record_feedback(services, session, _Like(1, True))
    assert "undo" in record_feedback(services, session, _Like(1, ""))  # the browser's value for "unliked"
    first, second = services.feedback.read()
    assert (first["action"], first["liked"]) == ("like", True)
    assert (second["action"], second["liked"]) == ("undo", None) and second["conversation"]
    assert "取り消し" in record_feedback(services, session, _Like(1, ""), UiText.load(), "ja")


def test_browser_language():
    assert language_of("ja-JP,ja;q=0.9,en;q=0.8") == "ja"
    assert language_of("en-US,en;q=0.9,ja;q=0.8") == "en"
    assert language_of(None) == "en" and language_of("fr-FR") == "en"


def test_both_languages_have_the_same_keys():
    text = UiText.load()
    en, ja = set(text.strings["en"]), set(text.strings["ja"])
    assert en == ja, (en ^ ja)
    assert len(text.get("applicant_examples", "ja")) == len(text.get("applicant_examples", "en"))


class _Settings:
    max_message_chars = 4000


def test_the_visitor_session_is_set_by_turns_never_by_a_page_load_event(tmp_path):
    """A State set by a page-load event (a callable default) can be written after the first turn when the
    server is busy, replacing that turn's session: its history and its feedback were lost. The session
    is made by the first turn and kept as an output of every turn."""
    services = _Services(LONG, FeedbackLog(tmp_path / "f.jsonl"))
    services.settings = _Settings()
    with gr.Blocks() as demo:
        build_chat_tab(services, UiText.load(Path("knowledge")), gr.I18n())
    states = {block._id for block in demo.blocks.values() if isinstance(block, gr.State)}
    fns = list(demo.fns.values())
    load_outputs = {o._id for fn in fns if any(t[1] == "load" for t in fn.targets) for o in fn.outputs}
    assert states and not states & load_outputs
    turns = [fn for fn in fns if fn.name == "_respond"]
    assert turns and all(states <= {o._id for o in fn.outputs} for fn in turns)
