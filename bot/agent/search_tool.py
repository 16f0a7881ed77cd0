"""The ``search_knowledge`` LangChain tool: hybrid retrieval over the knowledge base.

The tool's content is the text a language model reads (passages labelled with their document id, section
and date); its artifact is the structured SearchResult, which the bot uses for citations and `retrieved`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel, Field

from bot.contracts import SearchResult
from bot.tools.registry import make_checked_tool

if TYPE_CHECKING:  # LangChain loads only when a tool is made (the built-in brain never needs it: ~0.8 s)
    from langchain_core.tools import BaseTool

SEARCH_TOOL_NAME = "search_knowledge"
PROGRAMS = Literal["reskills", "titp", "ssw", "jip"]


class Retriever(Protocol):
    def search(
        self, query: str, k: int = 5, program: str | None = None, doc_id: str | None = None
    ) -> SearchResult: ...


# The longest query the search tool takes (the built-in brain's queries are cut to it: bot.agent.runner).
QUERY_MAX_CHARS = 4000


class SearchInput(BaseModel):
    query: str = Field(description="What to look up, in plain words (English works best).",
                       max_length=QUERY_MAX_CHARS)
    program: PROGRAMS | None = Field(
        None,
        description="Optional filter: reskills (METI Re-Skills courses), titp (technical intern training), "
        "ssw (Specific/Specified Skilled Worker), jip (METI Japan Internship Program).",
    )
    k: int | None = Field(None, ge=1, le=20, description="How many passages (default: the configured number).")
    doc_id: str | None = Field(
        None, description="Optional: search only this document (a [doc_id] label from an earlier search).",
        max_length=200,
    )


def render_result(result: SearchResult) -> str:
    """The passages as a model should read them: label, date, section and text.

    A message with passages is a note (an over-long question was shortened and still searched): the
    passages are shown under it. A message without passages means the search could not run.
    """
    if not result.passages:
        return f"Search problem: {result.message}" if result.message else "No passages found."
    head = (
        f"relevant={str(result.relevant).lower()} confidence={result.confidence:.2f}"
        + ("" if result.relevant else " (nothing clearly relevant: do not answer from these)")
    )
    blocks = [f"Note: {result.message}", head] if result.message else [head]
    for passage in result.passages:
        dated = f"as of {passage.as_of}" if passage.as_of else "undated"
        section = f" | {passage.section}" if passage.section else ""
        blocks.append(f"[{passage.doc_id}{section}] ({passage.title}; {dated})\n{passage.text.strip()}")
    return "\n\n".join(blocks)


def make_search_tool(retriever: Retriever, default_k: int) -> BaseTool:
    """Wrap ``retriever`` as the ``search_knowledge`` tool returning (text, SearchResult)."""

    def search_knowledge(
        query: str, program: str | None = None, doc_id: str | None = None, k: int | None = None
    ) -> tuple[str, SearchResult]:
        result = retriever.search(query, k=k or default_k, program=program, doc_id=doc_id)
        return render_result(result), result

    # checked: bad arguments come back as an "Invalid arguments" message, never as an exception
    return make_checked_tool(
        func=search_knowledge,
        name=SEARCH_TOOL_NAME,
        description=(
            "Search the knowledge base (METI Re-Skills courses, Technical Intern Training, Specific "
            "Skilled Worker, METI Japan Internship Program). Returns ranked passages with "
            "document id, section and date. Use it for every factual question; cite passages as [doc_id]."
        ),
        args_schema=SearchInput,
        response_format="content_and_artifact",
    )
