"""The expectation checks of a case (facts, forbid, sources, tool, tool_args, refuse).

Each check looks at the LAST reply of the case only and returns a ``CheckResult`` whose ``detail`` says,
in words a staff member can act on, why it failed.
"""

from __future__ import annotations

import math
import re
from typing import Any, Literal

from pydantic import BaseModel

from bot.contracts import BotReply
from bot.evaluation.dataset import Expect
from bot.text.countries import iso3_of_name

CheckName = Literal["facts", "forbid", "sources", "tool", "tool_args", "refuse"]

TOP_K = 5  # "sources": an expected document must be among the top 5 retrieved chunks (or cited)


class CheckResult(BaseModel):
    name: CheckName
    passed: bool
    detail: str = ""


def check_facts(patterns: list[str], answer: str) -> CheckResult:
    missing = [p for p in patterns if not re.search(p, answer, re.IGNORECASE)]
    if missing:
        return CheckResult(name="facts", passed=False, detail="answer does not match: " + ", ".join(map(repr, missing)))
    return CheckResult(name="facts", passed=True)


def check_forbid(patterns: list[str], answer: str) -> CheckResult:
    hits = []
    for pattern in patterns:
        found = re.search(pattern, answer, re.IGNORECASE)
        if found:
            hits.append(f"{pattern!r} (found {found.group(0)!r})")
    if hits:
        return CheckResult(name="forbid", passed=False, detail="answer matches forbidden: " + ", ".join(hits))
    return CheckResult(name="forbid", passed=True)


def top_doc_ids(reply: BotReply, k: int = TOP_K) -> list[str]:
    """Doc ids of the top-k retrieved chunks, in rank order (a doc may repeat)."""
    return [ref.doc_id for ref in reply.retrieved[:k]]


def first_relevant_rank(expected: list[str], reply: BotReply) -> int | None:
    """1-based rank of the first retrieved chunk whose document is expected (None when none is)."""
    wanted = set(expected)
    for rank, ref in enumerate(reply.retrieved, start=1):
        if ref.doc_id in wanted:
            return rank
    return None


def check_sources(expected: list[str], reply: BotReply) -> CheckResult:
    seen = set(top_doc_ids(reply)) | {c.doc_id for c in reply.citations}
    if seen & set(expected):
        return CheckResult(name="sources", passed=True)
    got = ", ".join(sorted(seen)) or "nothing"
    return CheckResult(
        name="sources",
        passed=False,
        detail=f"none of {expected} in the top {TOP_K} retrieved or cited (got: {got})",
    )


def check_tool(expected: str, reply: BotReply) -> CheckResult:
    called = [call.name for call in reply.tool_calls]
    if expected in called:
        return CheckResult(name="tool", passed=True)
    return CheckResult(
        name="tool", passed=False, detail=f"{expected} was not called in the last turn (called: {called or 'none'})"
    )


def same_value(expected: Any, actual: Any) -> bool:
    """Loose equality for tool arguments: 45 == 45.0, strings compared case/space-insensitively (two names of
    one country are equal),
    bools only equal bools (True is not 1), dicts compared as subsets, lists element by element."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return isinstance(expected, bool) and isinstance(actual, bool) and expected == actual
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        return math.isclose(float(expected), float(actual), rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(expected, str) and isinstance(actual, str):
        if " ".join(expected.split()).casefold() == " ".join(actual.split()).casefold():
            return True
        country = iso3_of_name(expected)  # one country, two spellings: "Vietnam" and "Viet Nam"
        return country is not None and country == iso3_of_name(actual)
    if isinstance(expected, dict) and isinstance(actual, dict):
        return args_subset(expected, actual)
    if isinstance(expected, list) and isinstance(actual, (list, tuple)):
        return len(expected) == len(actual) and all(same_value(e, a) for e, a in zip(expected, actual))
    return expected == actual


def args_subset(expected: dict[str, Any], actual: dict[str, Any]) -> bool:
    return all(key in actual and same_value(value, actual[key]) for key, value in expected.items())


def check_tool_args(expected: dict[str, Any], tool: str | None, reply: BotReply) -> CheckResult:
    # With a named tool, only calls of that tool count; otherwise any call of the last turn may match.
    calls = [c for c in reply.tool_calls if tool is None or c.name == tool]
    if any(args_subset(expected, call.args) for call in calls):
        return CheckResult(name="tool_args", passed=True)
    seen = "; ".join(f"{c.name}({c.args})" for c in calls) or "no matching call"
    return CheckResult(name="tool_args", passed=False, detail=f"expected arguments {expected}, got {seen}")


def check_refuse(expected: bool, reply: BotReply) -> CheckResult:
    if reply.refused == expected:
        return CheckResult(name="refuse", passed=True)
    detail = "the bot answered but should have refused" if expected else "the bot refused but should have answered"
    return CheckResult(name="refuse", passed=False, detail=detail)


def run_checks(expect: Expect, reply: BotReply) -> list[CheckResult]:
    """All checks the case asks for, in the order of the DESIGN.md expect keys."""
    results: list[CheckResult] = []
    if expect.facts:
        results.append(check_facts(expect.facts, reply.answer))
    if expect.forbid:
        results.append(check_forbid(expect.forbid, reply.answer))
    if expect.sources:
        results.append(check_sources(expect.sources, reply))
    if expect.tool is not None:
        results.append(check_tool(expect.tool, reply))
    if expect.tool_args is not None:
        results.append(check_tool_args(expect.tool_args, expect.tool, reply))
    if expect.refuse is not None:
        results.append(check_refuse(expect.refuse, reply))
    return results
