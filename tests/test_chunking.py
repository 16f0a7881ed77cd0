"""Chunking: heading paths, bounded size, whole text covered, and ids that only change with the content."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings as hyp_settings, strategies as st

from bot.chunking import chunk_document, embedding_text
from bot.corpus import Document, load_corpus


def make_doc(body: str, doc_id: str = "doc", **fields: object) -> Document:
    values = dict(
        id=doc_id, title="Title", program="jip", source="src", as_of=None, language="en", path=f"{doc_id}.md",
        content_hash="h" * 64,
    )
    values.update(fields)
    return Document(body=body, **values)  # type: ignore[arg-type]


def seed(repo_root: Path, doc_id: str) -> Document:
    return next(d for d in load_corpus(repo_root / "knowledge" / "docs").documents if d.id == doc_id)


def test_chunks_carry_their_heading_path(repo_root: Path) -> None:
    chunks = chunk_document(seed(repo_root, "meti-reskills-courses"), 900, 120)

    sections = [c.metadata["section"] for c in chunks]
    assert "2. Courses covered > Requirements for courses" in sections
    assert "4. Application method, etc. > Period for acceptance" in sections
    assert sections[0] == ""  # the lead paragraph comes before any heading
    period = next(c for c in chunks if c.metadata["section"].endswith("Period for acceptance"))
    assert period.text == "Friday, September 15, 2017, to Saturday, October 28, 2017"
    assert "Period for acceptance" in period.embedding_text and period.metadata["title"] in period.embedding_text


def test_metadata_keys_types_and_order(repo_root: Path) -> None:
    doc = seed(repo_root, "technical-intern-training-system")
    chunks = chunk_document(doc, 900, 120)

    assert [c.metadata["position"] for c in chunks] == list(range(len(chunks)))
    for c in chunks:
        assert set(c.metadata) == {
            "doc_id", "title", "program", "section", "as_of", "source", "language", "position", "doc_hash", "path",
            "units", "units_version",
        }
        assert all(isinstance(v, (str, int, float, bool)) for v in c.metadata.values())  # Chroma allows no None
        assert c.metadata["as_of"] == ""  # unknown date
        assert c.metadata["doc_hash"] == doc.content_hash
        assert re.fullmatch(r"technical-intern-training-system::[0-9a-f]{16}", c.chunk_id)


def test_every_seed_chunk_is_small_and_the_body_is_fully_covered(repo_root: Path) -> None:
    for doc in load_corpus(repo_root / "knowledge" / "docs").documents:
        chunks = chunk_document(doc, 400, 60)
        assert chunks
        for c in chunks:
            assert 0 < len(c.text) <= 400
            assert c.text in doc.body  # quotable: the chunk is verbatim document text
        body_words = {w for line in doc.body.splitlines() if not line.startswith("#") for w in line.split()}
        chunk_words = {w for c in chunks for w in c.text.split()}
        assert body_words <= chunk_words


def test_ids_are_stable_and_only_the_edited_section_changes() -> None:
    body = "## A\n\nAlpha text here.\n\n## B\n\nBeta text here.\n\n## C\n\nGamma text here.\n"
    before = chunk_document(make_doc(body), 900, 100)
    again = chunk_document(make_doc(body), 900, 100)
    after = chunk_document(make_doc(body.replace("Beta", "Bravo")), 900, 100)

    assert [c.chunk_id for c in before] == [c.chunk_id for c in again]
    assert before[0].chunk_id == after[0].chunk_id and before[2].chunk_id == after[2].chunk_id
    assert before[1].chunk_id != after[1].chunk_id


def test_same_text_under_another_heading_gets_another_id_and_repeats_get_a_suffix() -> None:
    chunks = chunk_document(make_doc("## A\n\nSame.\n\n## B\n\nSame.\n\n## B\n\nSame.\n"), 900, 100)

    ids = [c.chunk_id for c in chunks]
    assert len(set(ids)) == 3
    assert ids[2] == ids[1] + "-2"
    assert ids[0].split("::")[1][:16] != ids[1].split("::")[1][:16]


def test_overlap_larger_than_the_chunk_is_clamped() -> None:
    chunks = chunk_document(make_doc("word " * 500), 100, 2000)

    assert len(chunks) > 1 and all(len(c.text) <= 100 for c in chunks)


def test_embedding_text_without_title_or_section_is_the_text() -> None:
    assert embedding_text("plain", {}) == "plain"
    assert embedding_text("t", {"title": "T", "section": "A > B"}) == "T\nA > B\n\nt"


@hyp_settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", "# ", "## ", "### "]),
            st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=300),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_any_markdown_gives_bounded_unique_verbatim_chunks(parts: list[tuple[str, str]]) -> None:
    body = "\n\n".join(f"{prefix}{text}" for prefix, text in parts)
    chunks = chunk_document(make_doc(body), 120, 20)

    ids = [c.chunk_id for c in chunks]
    assert len(ids) == len(set(ids))
    for c in chunks:
        assert c.text and c.text == c.text.strip() and len(c.text) <= 120


# --- lone leads ----------------------------------------------------------------------------------------

LEADS = [
    "Applicants must meet all the following",
    "Applications are accepted as follows;",
    "Organizations running the courses should:",
    "申請者は次の要件をすべて満たす必要があります",
    "対象者は以下のとおりです：",
]


def test_no_seed_list_is_cut_off_its_lead(repo_root: Path) -> None:
    """A lead that the splitter leaves alone ("Applicants must meet all the following") answers nothing by
    itself: it is joined to the list after it."""
    from bot.answers.units import is_lead

    for doc in load_corpus(repo_root / "knowledge" / "docs").documents:
        chunks = chunk_document(doc, 900, 120)
        for c, after in zip(chunks, chunks[1:]):
            if "\n" not in c.text and is_lead(c.text) and not c.text.endswith("."):
                assert after.metadata["section"] != c.metadata["section"], (doc.id, c.text)
    jip = chunk_document(seed(repo_root, "meti-japan-internship-program"), 900, 120)
    lead = next(c for c in jip if c.text.startswith("Applicants must meet all the following"))
    assert "JLPT" in lead.text and lead.metadata["section"] == "Application Requirement"


@pytest.mark.parametrize("lead", LEADS)
def test_a_section_that_is_only_a_lead_stays_its_own_passage(lead: str) -> None:
    # the answer layer quotes such a lead with what its subsection opens with (tests/answers/test_units.py)
    body = f"## Apply\n\n{lead}\n\n### Period\n\nFrom May 1 to May 31.\n"
    chunks = chunk_document(make_doc(body), 900, 120)
    assert [(c.metadata["section"], c.text) for c in chunks] == [("Apply", lead), ("Apply > Period", "From May 1 to May 31.")]


@pytest.mark.parametrize("lead", LEADS)
def test_a_lead_the_splitter_cut_off_joins_its_list(lead: str) -> None:
    items = "\n".join(f"- requirement number {n} that the applicant must meet in full" for n in range(12))
    chunks = chunk_document(make_doc(f"## Requirements\n\n{lead}\n\n{items}\n\nA closing paragraph.\n"), 900, 120)
    assert chunks[0].text.startswith(f"{lead}\n\n- requirement number 0")
    assert all(c.text != lead for c in chunks)


def test_a_lead_is_not_joined_across_sections_or_past_the_chunk_size() -> None:
    sibling = chunk_document(make_doc("## A\n\nAs follows:\n\n## B\n\nUnrelated text.\n"), 900, 120)
    assert [c.text for c in sibling] == ["As follows:", "Unrelated text."]
    long_item = "- " + "word " * 170
    body = f"## A\n\nThe following apply:\n\n{long_item}\n"
    chunks = chunk_document(make_doc(body), 900, 120)
    assert all(len(c.text) <= 900 for c in chunks)
