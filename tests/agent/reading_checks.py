"""Helpers of the reading tests: the slots the repository's understander reads in one message, and the calls a reply
made to the calculators (every tool but the knowledge search) or to one tool by name."""

from __future__ import annotations

from support import converse
from tests.knowledge import repo_understander


def slots_of(text: str) -> dict:
    return repo_understander().parse(text).slots


def calculators(reply) -> list:
    return [call for call in reply.tool_calls if call.name != "search_knowledge"]


def calls_named(reply, name: str) -> list:
    return [call for call in reply.tool_calls if call.name == name]


def last_calculator_call(bot, turns: list[str]):
    """The calculator's call of the last reply to ``turns`` (the search for the rule's passage runs beside it); a search
    alone is returned as is."""
    reply = converse(bot, *turns)
    assert reply.tool_calls, reply
    return (calculators(reply) or reply.tool_calls)[-1]
