"""``bot ask "QUESTION" [--json]`` (or several ``--turn``, or turns on stdin) and ``bot chat``.

Thin: settings -> wiring.build_bot -> Bot.reply; printing only. One Conversation per invocation, so
the turns of one ``bot ask`` form one conversation.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from bot.cli.common import fail, load_settings, print_json, run_guarded

if TYPE_CHECKING:
    from bot.agent import Bot
    from bot.contracts import BotReply


def register(app: typer.Typer) -> None:
    @app.command()
    def ask(
        question: str | None = typer.Argument(None, help="The question (omit it to read turns from stdin)."),
        turn: list[str] = typer.Option(
            None, "--turn", "-t", help="A turn of a multi-turn conversation; repeat for each turn, in order."
        ),
        json_output: bool = typer.Option(False, "--json", help="Print the BotReply as JSON (a list for turns)."),
    ) -> None:
        """Ask one question (or one conversation of several turns) and print the answer."""
        turns = [t for t in ([question] if question is not None else []) + list(turn or [])]
        if not turns:
            if sys.stdin.isatty():
                fail('give a question: bot ask "How long can a technical intern stay?" (or --turn, or stdin)')
            turns = [line.rstrip("\n") for line in sys.stdin if line.strip()]
            if not turns:
                fail("no question on stdin")
        run_guarded(_ask, turns, json_output)

    @app.command()
    def chat() -> None:
        """Chat in the terminal: /new starts a new conversation, /quit (or Ctrl-D) leaves."""
        run_guarded(_chat)


def _build() -> "Bot":
    from bot import wiring
    from bot.errors import IndexMissingError

    settings = load_settings()
    store, problem = wiring.open_store_or_defer(settings, wiring.build_embedder(settings))
    if problem is not None:  # the calculators need no index: report it and answer what can be answered
        typer.echo(f"warning: {problem} Calculations still work; knowledge questions cannot be answered now.", err=True)
    elif store.count() == 0:
        raise IndexMissingError("The knowledge index is empty: run `bot ingest` first.")
    return wiring.build_bot(settings, wiring.build_retriever(settings, store))


def _ask(turns: list[str], json_output: bool) -> None:
    from bot.sanitize import checked_message

    bot = _build()
    turns = [checked_message(t, bot.settings.max_message_chars) for t in turns]  # too long: one line, exit 2
    conversation = bot.new_conversation()
    replies = [bot.reply(conversation, text) for text in turns]
    if json_output:
        if len(replies) == 1:
            print_json(replies[0])
        else:
            print_json([r.model_dump(mode="json") for r in replies])
        return
    for index, (text, reply) in enumerate(zip(turns, replies)):
        if len(turns) > 1:
            typer.echo(f"> {text}")
        typer.echo(format_reply(reply))
        if index < len(replies) - 1:
            typer.echo("")


def format_reply(reply: "BotReply") -> str:
    """The answer for a terminal: text, the working behind it (details), sources, tools used."""
    lines = [reply.answer.strip()]
    if reply.details.strip():
        lines += ["", "---", reply.details.strip()]
    if reply.citations:
        lines.append("")
        lines.append("Sources:")
        for number, citation in enumerate(reply.citations, start=1):
            dated = f", as of {citation.as_of}" if citation.as_of else ""
            section = f" - {citation.section}" if citation.section else ""
            lines.append(f"  [{number}] {citation.title}{section} ({citation.doc_id}{dated})")
    calculators = [c.name for c in reply.tool_calls if c.name != "search_knowledge"]
    if calculators:
        lines.append(f"(calculated with: {', '.join(dict.fromkeys(calculators))})")
    return "\n".join(lines)


def _chat() -> None:
    from bot.errors import MessageTooLongError
    from bot.sanitize import checked_message

    bot = _build()
    conversation = bot.new_conversation()
    typer.echo("Ask about Re-Skills, technical intern training, Specified Skilled Worker or JIP. "
               "/new starts over, /quit leaves.")
    while True:
        try:
            text = input("you> ")
        except (EOFError, KeyboardInterrupt):
            typer.echo("")
            return
        command = text.strip().lower()
        if command in ("/quit", "/exit", "/q"):
            return
        if command == "/new":
            conversation = bot.new_conversation()
            typer.echo("(new conversation)")
            continue
        try:
            text = checked_message(text, bot.settings.max_message_chars)
        except MessageTooLongError as exc:
            typer.echo(f"error: {exc}", err=True)
            continue
        reply = bot.reply(conversation, text)
        typer.echo("bot> " + format_reply(reply).replace("\n", "\n     "))
