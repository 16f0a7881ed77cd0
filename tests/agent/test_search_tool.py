"""The search tool's text for a model: passages with labels, and notes versus real search problems."""

from __future__ import annotations

from bot.agent.search_tool import render_result
from bot.contracts import Passage, SearchResult


def _passage() -> Passage:
    return Passage(
        chunk_id="meti-japan-internship-program::abc",
        doc_id="meti-japan-internship-program",
        title="METI Japan Internship Program",
        section="Application Requirement",
        program="jip",
        as_of="FY2024",
        text="In principle, those who are 18 to 40 years old as of August 1, 2024.",
        snippet="In principle, those who are 18 to 40 years old as of August 1, 2024.",
    )


def test_shortened_query_keeps_its_passages_and_shows_the_note() -> None:
    note = "The question was shortened to its first 1000 characters."
    result = SearchResult(query="age " * 300, passages=[_passage()], confidence=0.9, relevant=True, message=note)
    text = render_result(result)
    assert "Search problem" not in text
    assert f"Note: {note}" in text
    assert "[meti-japan-internship-program | Application Requirement]" in text
    assert "18 to 40 years old" in text
    assert text.index("Note:") < text.index("18 to 40")


def test_message_without_passages_is_a_search_problem() -> None:
    result = SearchResult(query="", message="The question is empty: type a question about the programs.")
    assert render_result(result) == "Search problem: The question is empty: type a question about the programs."


def test_no_passages_and_no_message() -> None:
    assert render_result(SearchResult(query="x")) == "No passages found."


def test_irrelevant_result_warns_the_model() -> None:
    result = SearchResult(query="tax", passages=[_passage()], confidence=0.1, relevant=False)
    text = render_result(result)
    assert "relevant=false" in text and "do not answer from these" in text
