"""`bot tool NAME 'JSON-ARGS'`: run one deterministic tool and print its result as JSON; `--list` shows
every tool with its argument schema. Bad arguments give a one-line message naming the field, exit 2.

The explanation and notes are rendered in ``--lang`` (default: BOT_ANSWER_LANGUAGE, English when that is
``auto``) from the configured knowledge folder's response catalog, the one the bot itself speaks with."""

from __future__ import annotations

import json
from typing import Literal

import typer

from bot.cli.common import fail, load_settings, print_json, run_guarded


def register(app: typer.Typer) -> None:
    @app.command("tool")
    def tool_command(
        name: str | None = typer.Argument(None, help="Tool name, e.g. trainee_quota (see --list)."),
        args: str = typer.Argument("{}", help='Arguments as a JSON object, e.g. \'{"full_time_employees": 45}\'.'),
        list_tools: bool = typer.Option(False, "--list", help="List the tools with their JSON schemas."),
        lang: str | None = typer.Option(
            None, "--lang", help="Language of the explanation and notes: en or ja (default: BOT_ANSWER_LANGUAGE, "
            "en when it is auto)."),
    ) -> None:
        """Run a rule tool (quota, training-time split, Re-Skills, JIP) and print the result as JSON."""
        run_guarded(_run, name, args, list_tools, lang)


def _language(option: str | None, configured: str) -> Literal["en", "ja"]:
    if option is None:
        return "ja" if configured == "ja" else "en"
    chosen = option.strip().lower()
    if chosen not in ("en", "ja"):
        fail(f"--lang must be en or ja, got {option!r}")
    return "ja" if chosen == "ja" else "en"


def _run(name: str | None, raw_args: str, list_tools: bool, lang_option: str | None = None) -> None:
    from bot.tools import TOOL_SPECS, run_tool  # lazy: keeps `bot --help` fast
    from bot.tools.registry import non_object_message

    settings = load_settings()
    lang = _language(lang_option, settings.answer_language)
    if list_tools:
        from bot.agent.responses import Responses
        from bot.tools.registry import tool_description
        from bot.wiring import build_rulebook

        responses = Responses(settings.knowledge_dir / "responses", build_rulebook(settings))
        print_json([
            {
                "name": spec.name,
                "description": tool_description(spec, responses, lang, full=False),
                "input_schema": spec.input_model.model_json_schema(),
            }
            for spec in TOOL_SPECS
        ])
        return
    if not name:
        fail("give a tool name (see `bot tool --list`), e.g. bot tool trainee_quota '{\"full_time_employees\": 45}'")
    try:
        args = json.loads(raw_args)
    except json.JSONDecodeError as exc:
        fail(f"arguments are not valid JSON ({exc.msg} at character {exc.pos}); "
             "give an object such as '{\"full_time_employees\": 45}'")
    if not isinstance(args, dict):  # worded as run_tool and the LangChain tools word it
        fail(f"{name}: {non_object_message(args)}, e.g. '{{\"full_time_employees\": 45}}'")

    from bot.agent.responses import Responses
    from bot.wiring import build_rulebook

    rules = build_rulebook(settings)
    # the configured knowledge folder's catalog, as the Bot loads it: its words, its rule book
    responses = Responses(settings.knowledge_dir / "responses", rules)
    outcome = run_tool(name, args, rules, lang=lang, responses=responses)
    if not outcome.ok:
        fail(f"{name}: {outcome.error}")
    print_json(outcome.result)
