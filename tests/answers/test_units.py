"""Answer units built from a small Markdown fixture: sentences, whole lists with their lead, label-and-value
blocks, heading-and-value blocks, leads joined to what they announce, and their life in chunk metadata."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from bot.answers.units import (BLOCK, ITEM, LEAD, LIST, SENTENCE, UNITS_VERSION, Unit, build_units, decode_units,
                               encode_units, link_sections)
from bot.chunking import UNITS_FINGERPRINT, chunk_document
from bot.corpus import Document

BODY = """Intro sentence about the program and its aims.

## Requirements

Applicants must meet all the following

- Hold citizenship of an eligible country.
  *Those living in Japan are not eligible.
- Speak Japanese at level N3 or higher.
- Be 18 to 40 years old.

## Application

The office accepts applications as follows;

### Period for acceptance

Friday, September 15, 2017, to Saturday, October 28, 2017

### Posting

Documents may be sent to the following address by post.

[Address for documents]
Office for Applications
Zip code 100-8901: 1-3-1, Kasumigaseki, Chiyoda-ku, Tokyo

## Advantages

## Divisions

Information on the system:
Office for Human Resources Policy
"""


def doc(body: str = BODY) -> Document:
    return Document(id="fixture", title="Fixture", program="jip", source="test", as_of=None, language="en",
                    body=body, path="fixture.md", content_hash="h" * 64)


def units_of(section_end: str, chunk_size: int = 900) -> list[Unit]:
    chunks = chunk_document(doc(), chunk_size, 0)
    found = [c for c in chunks if str(c.metadata["section"]).endswith(section_end)]
    assert found, [c.metadata["section"] for c in chunks]
    units = decode_units(str(found[0].metadata["units"]))
    assert units is not None
    return units


def test_a_list_is_one_unit_with_its_lead_and_every_item() -> None:
    units = units_of("Requirements")
    (whole,) = [u for u in units if u.kind == LIST]
    assert whole.text.startswith("Applicants must meet all the following: Hold citizenship")
    assert "N3 or higher" in whole.text and whole.text.endswith("40 years old.")
    items = [u for u in units if u.kind == ITEM]
    assert len(items) == 3 and all(units[i.parent] is whole or units[i.parent] == whole for i in items)
    # an item's continuation line belongs to the item
    assert items[0].text == "Hold citizenship of an eligible country. Those living in Japan are not eligible."
    lead = next(u for u in units if u.role == LEAD)
    assert lead.text == "Applicants must meet all the following" and units[lead.parent].kind == LIST


def test_a_heading_with_a_short_value_is_a_labelled_block() -> None:
    units = units_of("Period for acceptance")
    assert units[0].kind == BLOCK
    assert units[0].text == "Period for acceptance: Friday, September 15, 2017, to Saturday, October 28, 2017"


def test_a_label_with_lines_under_it_is_a_block_and_a_lead_before_it_joins_it() -> None:
    units = units_of("Posting")
    block = next(u for u in units if u.kind == BLOCK)
    assert block.text.startswith("Address for documents: Office for Applications, Zip code 100-8901")
    joined = next(u for u in units if u.kind == LIST)
    assert joined.text.startswith("Documents may be sent to the following address by post: Address for documents:")
    labels = [u for u in units if u.role == "label"]
    assert [u.text for u in labels] == ["Address for documents"]


def test_a_closing_lead_is_joined_to_what_its_subsection_opens_with() -> None:
    units = units_of("Application")
    joined = next(u for u in units if u.kind == LIST)
    assert joined.text == ("The office accepts applications as follows: Period for acceptance: Friday, September 15, "
                           "2017, to Saturday, October 28, 2017.")


def test_a_heading_with_nothing_under_it_gives_no_unit() -> None:
    chunks = chunk_document(doc(), 900, 0)
    assert not any(str(c.metadata["section"]).endswith("Advantages") for c in chunks)
    units = units_of("Divisions")
    assert units[0].kind == BLOCK and units[0].text == "Information on the system: Office for Human Resources Policy."


def test_a_list_cut_across_chunks_is_whole_in_each_of_them() -> None:
    long_items = "\n".join(f"- Requirement number {n} is written out at some length here." for n in range(12))
    body = f"## Rules\n\nEvery applicant must meet the following:\n\n{long_items}\n"
    chunks = chunk_document(doc(body), 300, 0)
    assert len(chunks) > 2
    for chunk in chunks:
        units = decode_units(str(chunk.metadata["units"]))
        (whole,) = [u for u in units if u.kind == LIST]
        assert whole.text.count("Requirement number") == 12


def test_sentences_come_from_the_project_splitter() -> None:
    units = build_units("Specific Skill No. 1 can work for 5 years. It needs an exam, e.g. a test.")
    assert [u.text for u in units if u.kind == SENTENCE] == [
        "Specific Skill No. 1 can work for 5 years.", "It needs an exam, e.g. a test."]


def test_units_are_compact_json_with_a_version() -> None:
    units = build_units("- one item here\n- two items here\n", "Section")
    raw = encode_units(units)
    assert isinstance(raw, str) and json.loads(raw)["v"] == UNITS_VERSION
    assert decode_units(raw) == units
    assert decode_units(json.dumps({"v": UNITS_VERSION + 1, "u": []})) is None  # another version: rebuilt
    assert decode_units("not json") is None and decode_units("") is None


def test_link_sections_leaves_a_lead_alone_when_the_next_section_is_not_its_subsection() -> None:
    first = build_units("The rules are as follows;", "A")
    second = build_units("- x one\n- y two\n", "B")
    linked = link_sections([("A", first), ("B", second)])
    assert linked[0] == first


def test_a_changed_unit_builder_changes_what_decides_rechunking() -> None:
    source = Path(__file__).resolve().parents[2] / "bot" / "answers" / "units.py"
    fingerprint = hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    assert UNITS_FINGERPRINT == fingerprint, (
        f"bot/answers/units.py changed: set UNITS_FINGERPRINT = \"{fingerprint}\" in bot/chunking.py "
        "(this re-chunks existing indexes on the next `bot ingest`)")
