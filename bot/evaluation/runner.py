"""Runs evaluation cases against a bot: each case in a FRESH conversation, every turn timed.

The bot is anything with ``new_conversation()`` and ``reply(conversation, message) -> BotReply`` (the real
agent, or a scripted bot in tests). Expectations apply to the last reply of a case.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from pydantic import BaseModel, Field
from tqdm import tqdm

from bot.contracts import BotReply, Citation, RetrievedRef, ToolCallRecord
from bot.evaluation.checks import CheckResult, first_relevant_rank, run_checks
from bot.evaluation.citations import CitationChecker, CitationVerdict
from bot.evaluation.dataset import Case

RETRIEVED_SHOWN = 10  # the report shows this many retrieved chunks per case (enough to see rank 5 and near misses)


class ChatBot(Protocol):
    def new_conversation(self) -> Any: ...

    def reply(self, conversation: Any, message: str) -> BotReply: ...


class TurnRecord(BaseModel):
    message: str
    answer: str = ""
    follow_up: str | None = None
    refused: bool = False
    tools: list[str] = Field(default_factory=list)
    latency_ms: float = 0.0


class CaseResult(BaseModel):
    """Everything a staff member needs to see why a case passed or failed."""

    id: str
    file: str = ""
    line: int = 0
    tags: list[str] = Field(default_factory=list)
    messages: list[str] = Field(default_factory=list)
    expects: list[str] = Field(default_factory=list, description="Which expectation types the case has.")
    passed: bool = False
    failed: list[str] = Field(default_factory=list, description="Names of the failed expectations (or 'error').")
    checks: list[CheckResult] = Field(default_factory=list)
    error: str | None = None
    answer: str = ""
    refused: bool = False
    follow_up: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    citation_verdicts: list[CitationVerdict] = Field(default_factory=list)
    retrieved: list[RetrievedRef] = Field(default_factory=list)
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    first_relevant_rank: int | None = Field(None, description="Rank of the first retrieved chunk of an expected doc.")
    turns: list[TurnRecord] = Field(default_factory=list)
    latency_ms: float = Field(0.0, description="Wall-clock time of the last turn, measured by the harness.")
    bot_latency_ms: float = Field(0.0, description="latency_ms the bot itself reported for the last turn.")

    def passed_check(self, name: str) -> bool | None:
        for check in self.checks:
            if check.name == name:
                return check.passed
        return None


def _expect_names(case: Case) -> list[str]:
    e = case.expect
    names = []
    for name, present in (
        ("facts", bool(e.facts)),
        ("forbid", bool(e.forbid)),
        ("sources", bool(e.sources)),
        ("tool", e.tool is not None),
        ("tool_args", e.tool_args is not None),
        ("refuse", e.refuse is not None),
    ):
        if present:
            names.append(name)
    return names


def run_case(
    bot: ChatBot,
    case: Case,
    checker: CitationChecker | None = None,
    clock: Callable[[], float] = time.perf_counter,
) -> CaseResult:
    result = CaseResult(
        id=case.id, file=case.file, line=case.line, tags=case.categories, messages=case.messages,
        expects=_expect_names(case),
    )
    conversation = bot.new_conversation()
    reply: BotReply | None = None
    for message in case.messages:
        started = clock()
        try:
            raw = bot.reply(conversation, message)
            # A bot outside this repo may hand back a dict in the BotReply shape; anything else is its failure.
            reply = raw if isinstance(raw, BotReply) else BotReply.model_validate(raw)
        except Exception as exc:  # the contract says reply never raises; if it does, that is this case's failure
            result.turns.append(TurnRecord(message=message, latency_ms=(clock() - started) * 1000))
            result.error = f"bot.reply raised {type(exc).__name__}: {exc}"
            result.failed = ["error"]
            return result
        elapsed = (clock() - started) * 1000
        result.turns.append(
            TurnRecord(
                message=message,
                answer=reply.answer,
                follow_up=reply.follow_up,
                refused=reply.refused,
                tools=[c.name for c in reply.tool_calls],
                latency_ms=elapsed,
            )
        )
    assert reply is not None  # a case has at least one message (validated when loading)

    result.answer = reply.answer
    result.refused = reply.refused
    result.follow_up = reply.follow_up
    result.citations = list(reply.citations)
    result.retrieved = list(reply.retrieved[:RETRIEVED_SHOWN])
    result.tool_calls = list(reply.tool_calls)
    result.latency_ms = result.turns[-1].latency_ms
    result.bot_latency_ms = reply.latency_ms
    if case.expect.sources:
        result.first_relevant_rank = first_relevant_rank(case.expect.sources, reply)
    if checker is not None:
        result.citation_verdicts = checker.judge_reply(reply)
    result.checks = run_checks(case.expect, reply)
    result.failed = [c.name for c in result.checks if not c.passed]
    result.passed = not result.failed
    return result


def run_cases(
    bot: ChatBot,
    cases: Iterable[Case],
    checker: CitationChecker | None = None,
    progress: bool | None = None,
) -> list[CaseResult]:
    """Run every case; ``progress=None`` shows a tqdm bar only when stderr is a terminal."""
    cases = list(cases)
    # tqdm's disable=None means "disable when not a TTY", which is exactly the default we want.
    disable = None if progress is None else not progress
    results = []
    for case in tqdm(cases, desc="eval", unit="case", disable=disable):
        results.append(run_case(bot, case, checker))
    return results
