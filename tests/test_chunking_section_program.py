"""A section whose heading names another program than its document's takes that program (front matter
``section_programs``): a note like WAASA's, whose "Technical Intern Training System" section is titp, gets that section
found by a search filtered to titp. (The WAASA document does not set it yet: with its titp section in titp-filtered
searches, founding-year asks were answered by its "establish an employee-employer relationship" sentence.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chunking import chunk_document
from bot.corpus import DocumentError, _parse_text, load_corpus

def _doc(repo_root: Path, doc_id: str):
    return next(d for d in load_corpus(repo_root / "knowledge" / "docs").documents if d.id == doc_id)


SECTIONED = """---
id: waasa-like
title: Notes on foreign talent
program: ssw
section_programs:
  titp: [Technical Intern Training]
  ssw: [Specific Skill, Specified Skill]
---

## Related Information

### Technical Intern Training System

The trainees and the Japanese companies establish an employee-employer relationship. The maximum period is 5 years.

### Specific Skill System

Specific Skill No. 1 is a status of residence for foreigners with considerable knowledge.

### Small and medium-sized business accepting foreign human resources

Tokyo has established the Tokyo WorkNet.
"""


@pytest.mark.parametrize("heading, program", [
    ("Related Information > Technical Intern Training System", "titp"),
    ("Related Information > Specific Skill System", "ssw"),
    ("Related Information > Small and medium-sized business accepting foreign human resources", "ssw"),
])
def test_section_program_from_its_heading(heading: str, program: str) -> None:
    chunks = chunk_document(_parse_text(SECTIONED, "waasa-like.md"), 900, 120)
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
