"""bot/ui/server.py: the app warms its bot on a background thread once the server answers (a warm-up before the
launch would compete with it for the interpreter lock), never on the thread that serves."""

from __future__ import annotations

import threading

from bot.ui.server import start_warm_up


class Recording:
    uses_policy = True

    def __init__(self) -> None:
        self.threads: list[str] = []

    def new_conversation(self) -> object:
        return object()

    def reply(self, conversation: object, message: str) -> str:
        self.threads.append(threading.current_thread().name)
        return "ok"


def test_the_warm_up_runs_on_a_background_thread_of_its_own():
    bot = Recording()
    thread = start_warm_up(bot, ["a", "b"])
    thread.join(timeout=10)
    assert not thread.is_alive() and thread.daemon
    assert bot.threads == ["bot-warm-up", "bot-warm-up"]
