"""The ToolRunner: runs the knowledge search and the calculators for both brains, keeping typed results and
recording each call once.

The built-in brain calls ``run`` directly; the LLM brain's LangChain tools (``langchain_tools``) call the same
``run``. Records are collected per reply (``recording``), so one runner serves every conversation at once.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from bot.answers.source import with_units
from bot.agent.search_tool import QUERY_MAX_CHARS, SEARCH_TOOL_NAME, SearchInput, render_result
from bot.contracts import SearchResult, ToolCallRecord
from bot.tools.registry import ToolSpec, run_tool
log = logging.getLogger(__name__)


@dataclass
class ToolRun:
    """One call and its typed outcome: a SearchResult for the search, the result dict for a calculator."""

    name: str
    args: dict[str, Any]
    ok: bool
    result: dict[str, Any] | None = None
    search: SearchResult | None = None
    error: str | None = None

    def record(self) -> ToolCallRecord:
        if self.search is not None:
            summary: dict[str, Any] = {
                "query": self.search.query,
                "relevant": self.search.relevant,
                "confidence": self.search.confidence,
                "passages": [{"doc_id": p.doc_id, "chunk_id": p.chunk_id, "score": p.score}
                             for p in self.search.passages],
            }
            if self.search.message:
                summary["message"] = self.search.message
            return ToolCallRecord(name=self.name, args=self.args, result=summary)
        if not self.ok:
            return ToolCallRecord(name=self.name, args=self.args, result={"ok": False, "error": self.error})
        return ToolCallRecord(name=self.name, args=self.args, result=self.result)


_RECORDS: contextvars.ContextVar[list[ToolRun] | None] = contextvars.ContextVar("tool_runs", default=None)


class ToolRunner:
    """The search over ``retriever`` and the calculators of ``specs`` (the task registry's tools)."""

    def __init__(
        self, retriever: Any, rules: Any, specs: list[ToolSpec], default_k: int, responses: Any = None
    ) -> None:
        """``responses``: the catalog the tools' explanations are rendered with (the Bot's, so the configured
        knowledge folder speaks); None = the repository's catalog."""
        self.retriever = retriever
        self.rules = rules
        self.specs = list(specs)
        self.default_k = default_k
        self.responses = responses

    @property
    def names(self) -> set[str]:
        return {SEARCH_TOOL_NAME, *(s.name for s in self.specs)}

    @contextlib.contextmanager
    def recording(self) -> Iterator[list[ToolRun]]:
        """Collect the runs of one reply (nested replies on other threads keep their own lists)."""
        runs: list[ToolRun] = []
        token = _RECORDS.set(runs)
        try:
            yield runs
        finally:
            _RECORDS.reset(token)

    def run(self, name: str, args: dict[str, Any]) -> ToolRun:
        args = dict(args or {})
        if name == SEARCH_TOOL_NAME:
            run = self._search(args)
        else:
            outcome = run_tool(name, args, self.rules, self.specs, responses=self.responses)
            run = ToolRun(name=name, args=args, ok=outcome.ok, result=outcome.result, error=outcome.error)
        records = _RECORDS.get()
        if records is not None:
            records.append(run)
        return run

    def _search(self, args: dict[str, Any]) -> ToolRun:
        if isinstance(args.get("query"), str) and len(args["query"]) > QUERY_MAX_CHARS:
            # a message at the length limit with the rule's topic words before it: the search reads its first part
            # (the analyzer reads less still); over the limit it failed as if the index were unreachable
            args = {**args, "query": args["query"][:QUERY_MAX_CHARS]}
        try:
            params = SearchInput.model_validate(args)
            result = self.retriever.search(params.query, k=params.k or self.default_k, program=params.program,
                                           doc_id=params.doc_id)
        except Exception as exc:  # the index is unreachable or the query is unusable: a run that says so
            log.warning("search failed: %s", exc)
            return ToolRun(name=SEARCH_TOOL_NAME, args=args, ok=False, error=str(exc))
        # each passage with the answer units stored with its chunk at ingest (bot/answers/source.py)
        return ToolRun(name=SEARCH_TOOL_NAME, args=args, ok=True, search=with_units(self.retriever, result))

    def langchain_tools(self) -> list[Any]:
        """The same runs as LangChain tools for the LLM brain (descriptions rendered from the response catalog
        with the rule book, bot.tools.registry.tool_description)."""
        from langchain_core.tools import ToolException

        from bot.agent.search_tool import make_search_tool
        from bot.tools.registry import invalid_arguments, make_checked_tool, tool_description
        from bot.tools.speech import catalog_for

        search_tool = make_search_tool(self.retriever, self.default_k)
        responses = self.responses or catalog_for(self.rules)

        def _search(**kwargs: Any) -> tuple[str, Any]:
            run = self.run(SEARCH_TOOL_NAME, kwargs)
            if not run.ok:
                raise ToolException(f"The document index could not be searched: {run.error}")
            return render_result(run.search), run.search

        tools = [make_checked_tool(_search, SEARCH_TOOL_NAME, search_tool.description, SearchInput,
                                   response_format="content_and_artifact")]
        for spec in self.specs:

            def _run(_spec: ToolSpec = spec, **kwargs: Any) -> tuple[str, Any]:
                run = self.run(_spec.name, kwargs)
                if not run.ok:
                    raise ToolException(invalid_arguments(_spec.name, run.error or "invalid arguments"))
                return json.dumps(run.result, ensure_ascii=False), run.result or {}

            # the JSON schema (not the model) goes to LangChain, so arguments reach the runner as the model sent
            # them: the runner validates, records the failure once, and the model reads the error
            tools.append(make_checked_tool(_run, spec.name, tool_description(spec, responses),
                                           spec.input_model.model_json_schema(),
                                           response_format="content_and_artifact"))
        return tools
