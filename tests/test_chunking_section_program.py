"""A section whose heading names another program than its document's takes that program (front matter
``section_programs``): the WAASA note's "Technical Intern Training System" section is titp, so a search filtered to titp
finds its "maximum period is 5 years" and "employee-employer relationship" sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chunking import chunk_document
from bot.corpus import DocumentError, _parse_text, load_corpus
from bot.retrieval import build_retriever
from bot.settings import Settings
from bot.store import ChunkStore

WAASA = "waasa-foreign-talent-support"


def _doc(repo_root: Path, doc_id: str):
    return next(d for d in load_corpus(repo_root / "knowledge" / "docs").documents if d.id == doc_id)


@pytest.mark.parametrize("heading, program", [
    ("Related Information > Technical Intern Training System", "titp"),
    ("Related Information > Specific Skill System", "ssw"),
    ("Related Information > Small and medium-sized business accepting foreign human resources", "ssw"),
    ("Activity log 2019-2020", "ssw"),
])
def test_section_program_from_its_heading(repo_root: Path, heading: str, program: str) -> None:
    chunks = chunk_document(_doc(repo_root, WAASA), 900, 120)
    assert {c.metadata["program"] for c in chunks if c.metadata["section"] == heading} == {program}


def test_a_document_without_section_programs_keeps_its_program(repo_root: Path) -> None:
    chunks = chunk_document(_doc(repo_root, "meti-japan-internship-program"), 900, 120)
    assert {c.metadata["program"] for c in chunks} == {"jip"}


def test_the_deepest_heading_naming_a_program_decides() -> None:
    text = ("---\nid: d\ntitle: T\nprogram: ssw\nsection_programs:\n  titp: [Technical Intern Training]\n  jip: Internship"
            " Program\n---\n\n## Technical Intern Training\n\n### Japan Internship Program\n\nText.\n")
    doc = _parse_text(text, "d.md")
    assert doc.program_of_section("Technical Intern Training > Japan Internship Program") == "jip"
    assert doc.program_of_section("Technical Intern Training > Notes") == "titp"
    assert doc.program_of_section("Other") == "ssw"


@pytest.mark.parametrize("value", ["[titp]", "{Titp Program: [x]}", "{titp: [1]}"])
def test_bad_section_programs_say_what_to_write(value: str) -> None:
    text = f"---\nid: d\ntitle: T\nprogram: ssw\nsection_programs: {value}\n---\n\nText.\n"
    with pytest.raises(DocumentError, match="section_programs"):
        _parse_text(text, "d.md")


def test_titp_filtered_search_finds_the_waasa_titp_section(settings: Settings, indexed_store: ChunkStore) -> None:
    retriever = build_retriever(settings, indexed_store)
    result = retriever.search("maximum period 5 years employee-employer relationship", k=8, program="titp")
    assert any(p.doc_id == WAASA and "employee-employer relationship" in p.text for p in result.passages)
    assert all(p.program == "titp" for p in result.passages)
