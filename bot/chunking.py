"""Split a document into quotable chunks along its Markdown headings, with stable content-derived ids.

Each chunk keeps its heading path (``section``) so a citation can say where a passage came from, and the
text that is embedded carries the title and heading path so a short passage still has its context.

A piece that is only a lead ("Applicants must meet all the following") is joined to the list after it when
the splitter cut the two apart and they fit in one chunk: alone it answers nothing, and the list it introduces
is found by its words ("applicants", "meet").

Each chunk also carries its answer units (``units``: sentences, whole lists with their lead, label-and-value
blocks; see bot/answers/units.py) as a compact JSON string. Units are built from the whole section, so a list
that the splitter cuts across two chunks is still one list in each of them.
"""

from __future__ import annotations

import hashlib
import re

from langchain_text_splitters import RecursiveCharacterTextSplitter
from langchain_text_splitters.markdown import ExperimentalMarkdownSyntaxTextSplitter
from pydantic import BaseModel

from bot.answers.units import UNITS_VERSION, Unit, build_units, encode_units, is_lead, link_sections
from bot.corpus import Document

MetadataValue = str | int | float | bool

_HEADERS = [("#", "h1"), ("##", "h2"), ("###", "h3"), ("####", "h4")]
# Paragraphs first, then lines, then sentences: a chunk rarely ends mid-sentence.
_SEPARATORS = ["\n\n", "\n", ". ", "; ", ", ", " ", ""]
SECTION_SEPARATOR = " > "
# The unit builder's version: the format version and a fingerprint of bot/answers/units.py (sha256, first 12
# hex). It is written here, in this file's source, because that source decides re-chunking
# (bot.ingest.chunking_key): a changed unit builder refreshes old indexes on the next `bot ingest`.
# tests/test_chunking.py fails with the new fingerprint when units.py changes and this line does not.
UNITS_FINGERPRINT = "5d3397a79eb2"
CHUNK_UNITS_VERSION = f"{UNITS_VERSION}:{UNITS_FINGERPRINT}"


class Chunk(BaseModel):
    """A passage of one document, as stored in the index."""

    chunk_id: str
    doc_id: str
    text: str
    metadata: dict[str, MetadataValue]

    @property
    def embedding_text(self) -> str:
        return embedding_text(self.text, self.metadata)


def embedding_text(text: str, metadata: dict[str, MetadataValue]) -> str:
    """What gets embedded: title and heading path first, so a short passage is not stripped of context."""
    head = str(metadata.get("title", ""))
    section = str(metadata.get("section", ""))
    if section:
        head = f"{head}\n{section}" if head else section
    return f"{head}\n\n{text}" if head else text


def chunk_document(doc: Document, chunk_size: int, chunk_overlap: int) -> list[Chunk]:
    """Split ``doc`` into chunks of at most about ``chunk_size`` characters, in document order.

    Ids are ``<doc_id>::<16 hex of sha256(embedding text)>``: the same passage under the same heading keeps
    its id across runs, so unchanged passages are never re-embedded. A passage that repeats inside one
    document gets ``-2``, ``-3``... appended.
    """
    # The splitter refuses an overlap larger than the chunk; half a chunk is already generous.
    chunk_overlap = max(0, min(chunk_overlap, chunk_size // 2))
    sections = ExperimentalMarkdownSyntaxTextSplitter(headers_to_split_on=_HEADERS, strip_headers=True)
    pieces = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        separators=_SEPARATORS,
        keep_separator="end",
    )
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    parts = []
    for section_doc in sections.split_text(doc.body):
        section = SECTION_SEPARATOR.join(
            str(section_doc.metadata[key]).strip() for _, key in _HEADERS if section_doc.metadata.get(key)
        )
        parts.append((section, section_doc.page_content))
    linked = link_sections([(section, build_units(content, section, doc.language)) for section, content in parts])
    split = [
        (section, text, units_in_chunk(section_units, text))
        for (section, content), section_units in zip(parts, linked)
        for text in join_leads([t for t in (p.strip() for p in pieces.split_text(content)) if t], content, chunk_size)
    ]
    for section, text, units in split:
        metadata: dict[str, MetadataValue] = {
            "doc_id": doc.id,
            "title": doc.title,
            # (a section on another program than the document's, by its heading: front matter section_programs)
            "program": doc.program_of_section(section, SECTION_SEPARATOR),
            "section": section,
            "as_of": doc.as_of or "",
            "source": doc.source,
            "language": doc.language,
            "position": len(chunks),
            "doc_hash": doc.content_hash,
            "path": doc.path,
            "units": encode_units(units),
            "units_version": CHUNK_UNITS_VERSION,
        }
        digest = hashlib.sha256(embedding_text(text, metadata).encode("utf-8")).hexdigest()[:16]
        seen[digest] = seen.get(digest, 0) + 1
        suffix = f"-{seen[digest]}" if seen[digest] > 1 else ""
        chunks.append(Chunk(chunk_id=f"{doc.id}::{digest}{suffix}", doc_id=doc.id, text=text, metadata=metadata))
    return chunks


def join_leads(texts: list[str], content: str, chunk_size: int) -> list[str]:
    """The pieces of one section's ``content`` in order, a lone lead joined to the piece after it.

    A lead is a piece of one line that introduces what follows (bot.answers.units.is_lead) and that the splitter
    cut off the list it opens. It is joined, as the section writes the two (verbatim), when they fit in
    ``chunk_size``. Only inside a section: a section that is only its lead stays its own passage, which the answer
    layer quotes with what its subsection opens with."""
    out: list[str] = []
    i = 0
    while i < len(texts):
        text = texts[i]
        if i + 1 < len(texts) and _lone_lead(text):
            start = content.find(text)
            end = content.find(texts[i + 1], start) if start >= 0 else -1
            joined = content[start:end + len(texts[i + 1])].strip() if end >= 0 else ""
            if joined and len(joined) <= chunk_size:
                out.append(joined)
                i += 2
                continue
        out.append(text)
        i += 1
    return out


_SENTENCE_END = re.compile(r"[.!?。！？]$")


def _lone_lead(text: str) -> bool:
    """One line that introduces what follows and is not a finished sentence ("... the following", "... as
    follows;"): "METI requires ... the following requirements. Please refer to the Guidelines." stands alone."""
    return "\n" not in text and not _SENTENCE_END.search(text) and is_lead(text)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"\*\*|__|`|^\s*(?:[-*+•・]|\d{1,2}[.)])\s+", " ", text, flags=re.M).split())


def units_in_chunk(units: list[Unit], text: str) -> list[Unit]:
    """The units of a section that a chunk holds: every sentence found in the chunk's text, with the whole
    list or block it belongs to (all of its members, also those the next chunk holds), re-indexed."""
    haystack = _norm(text)
    roots: set[int] = set()
    for index, unit in enumerate(units):
        if unit.kind == "sentence" and _norm(unit.text)[:60] in haystack:
            top = index
            while units[top].parent >= 0:
                top = units[top].parent
            roots.add(top)
    keep = []
    for index in range(len(units)):
        top = index
        while units[top].parent >= 0:
            top = units[top].parent
        if top in roots:
            keep.append(index)
    new_index = {old: new for new, old in enumerate(keep)}
    return [
        Unit(units[i].kind, units[i].text, new_index.get(units[i].parent, -1), units[i].role, units[i].label)
        for i in keep
    ]
