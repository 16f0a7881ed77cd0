"""Stable data contracts shared by retrieval, the agent, the CLI, the app and the eval harness.

Scripts and datasets outside the repo depend on these shapes (shared/DESIGN.md): add fields, never
rename or remove them.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Passage(BaseModel):
    """One retrieved chunk, ranked, with enough context to quote and cite it."""

    chunk_id: str
    doc_id: str
    title: str = ""
    section: str = ""
    program: str = ""
    as_of: str | None = None
    text: str = Field(description="The whole chunk text (the surrounding section context).")
    snippet: str = Field("", description="The one or two sentences of the chunk that best match the query.")
    score: float = Field(0.0, description="Fused (reciprocal-rank) score: higher is better.")
    dense_score: float | None = None
    lexical_score: float | None = None
    units: str = Field(
        "",
        exclude=True,
        description="The chunk's answer units as stored at ingest (compact JSON, bot/answers/units.py); empty "
        "when the retriever does not pass them, and the selector then builds them from `text`.",
    )


class SearchResult(BaseModel):
    """What a knowledge search returns: ranked passages and whether any of them is relevant."""

    query: str
    passages: list[Passage] = Field(default_factory=list)
    confidence: float = Field(0.0, ge=0.0, le=1.0, description="Calibrated relevance of the best passage.")
    relevant: bool = Field(False, description="confidence >= the relevance threshold in settings.")
    message: str | None = Field(None, description="Set when the query could not be searched as given.")
    reason: Literal["empty_question", "no_terms", "empty_index"] | None = Field(
        None, description="The stable code of ``message``: a reply says it in its own language from the catalog."
    )
    left_out: list[str] = Field(
        default_factory=list,
        description="Asking parts of the message the search left out as off topic (the weather beside a program "
        "question): the passages answer the rest, and a reply says the documents do not speak of these.",
    )


class Citation(BaseModel):
    doc_id: str
    title: str
    section: str = ""
    snippet: str = ""
    as_of: str | None = None
    chunk_id: str | None = None


class ToolCallRecord(BaseModel):
    name: str
    args: dict[str, Any] = Field(default_factory=dict)
    result: Any = None


class RetrievedRef(BaseModel):
    doc_id: str
    chunk_id: str
    score: float


class BotReply(BaseModel):
    """One reply of the bot (``bot ask --json`` prints it)."""

    answer: str
    citations: list[Citation] = Field(default_factory=list)
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    refused: bool = False
    follow_up: str | None = None
    retrieved: list[RetrievedRef] = Field(default_factory=list)
    latency_ms: float = 0.0
    details: str = Field(
        "",
        description="The working behind the answer (values used, assumptions, rule rows with ids and sources, "
        "notes, further quotes) as Markdown; a UI shows it folded under 'How this was worked out'. "
        "`answer` starts with one plain sentence that answers and holds at most a few supporting lines.",
    )
    language: str = Field("en", description="Language of the reply text: 'en' or 'ja'.")
