"""Loading the knowledge documents: the seeds' front matter, and every kind of bad file named with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.corpus import load_corpus, parse_document
from bot.errors import DocumentError

GOOD = """---
id: {id}
title: A title
program: jip
source: somewhere
as_of: "FY2024"
language: en
---

## Section

Some text.
"""


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_seed_documents_have_the_agreed_ids_programs_and_dates(repo_root: Path) -> None:
    load = load_corpus(repo_root / "knowledge" / "docs")

    assert load.errors == []
    by_id = {d.id: d for d in load.documents}
    assert {k: (v.program, v.as_of, v.language) for k, v in by_id.items()} == {
        "meti-reskills-courses": ("reskills", "2017-09-15", "en"),
        "waasa-foreign-talent-support": ("ssw", "2020-01", "en"),
        "meti-japan-internship-program": ("jip", "FY2024", "en"),
        "technical-intern-training-system": ("titp", None, "en"),  # the text states no date
    }
    for doc in load.documents:
        assert doc.title and doc.source and doc.path == f"{doc.id}.md"
        assert len(doc.content_hash) == 64


def test_seed_text_is_kept_whole(repo_root: Path) -> None:
    # Spot checks of facts other parts of the bot rely on, from each seed.
    docs = {d.id: d.body for d in load_corpus(repo_root / "knowledge" / "docs").documents}
    assert "accounting for at least 50% of the curricula as a whole" in docs["meti-reskills-courses"]
    assert "Friday, September 15, 2017, to Saturday, October 28, 2017" in docs["meti-reskills-courses"]
    assert "Font Size Change" not in docs["meti-reskills-courses"]  # web chrome, dropped on purpose
    assert "3,000 yen per day" in docs["meti-japan-internship-program"]
    assert "18 to 40 years old as of August 1, 2024" in docs["meti-japan-internship-program"]
    assert "limited to 10% of the number of full-time employees" in docs["technical-intern-training-system"]
    assert "30% or less of the total training hours" in docs["technical-intern-training-system"]
    assert "14 industries" in docs["waasa-foreign-talent-support"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.md", "", "file is empty"),
        ("blank.md", "  \n\n", "file is empty"),
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.md", "---\nid: cafe\ntitle: Caf\xe9\n---\ntext\n".encode("latin-1"), "not valid UTF-8"),
        ("broken-yaml.md", "---\nid: [unclosed\ntitle: x\n---\ntext\n", "broken front matter (YAML)"),
        ("no-front-matter.md", "# Just markdown\n\ntext\n", "no front matter"),
        ("list-front-matter.md", "---\n- a\n- b\n---\ntext\n", "broken front matter"),
        ("no-id.md", "---\ntitle: x\n---\ntext\n", "front matter has no 'id'"),
        ("no-title.md", "---\nid: x\n---\ntext\n", "front matter has no 'title'"),
        ("bad-id.md", "---\nid: Has Spaces\ntitle: x\n---\ntext\n", "invalid id"),
        ("bad-as-of.md", "---\nid: x\ntitle: x\nas_of: last spring\n---\ntext\n", "invalid as_of"),
        ("no-body.md", "---\nid: x\ntitle: x\n---\n\n", "no text after the front matter"),
        ("notes.txt", "plain notes", "unsupported file type '.txt'"),
    ],
)
def test_bad_file_is_named_with_its_reason_and_good_documents_still_load(
    tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    write(tmp_path, "good.md", GOOD.format(id="good"))
    write(tmp_path, name, content)

    load = load_corpus(tmp_path)

    assert [d.id for d in load.documents] == ["good"]
    assert len(load.errors) == 1
    assert load.errors[0].file == name
    assert reason in load.errors[0].error
    with pytest.raises(DocumentError) as info:
        parse_document(tmp_path / name, root=tmp_path)
    assert info.value.path == name and reason in info.value.reason


def test_duplicate_id_keeps_the_first_file_and_names_the_second(tmp_path: Path) -> None:
    write(tmp_path, "a.md", GOOD.format(id="same"))
    write(tmp_path, "b.md", GOOD.format(id="same"))

    load = load_corpus(tmp_path)

    assert [(d.id, d.path) for d in load.documents] == [("same", "a.md")]
    assert [e.file for e in load.errors] == ["b.md"]
    assert "duplicate id 'same'" in load.errors[0].error and "a.md" in load.errors[0].error


def test_unquoted_yaml_date_and_null_as_of(tmp_path: Path) -> None:
    write(tmp_path, "dated.md", "---\nid: dated\ntitle: t\nas_of: 2017-09-15\n---\ntext\n")
    write(tmp_path, "undated.md", "---\nid: undated\ntitle: t\nas_of: null\n---\ntext\n")

    docs = {d.id: d for d in load_corpus(tmp_path).documents}

    assert docs["dated"].as_of == "2017-09-15"
    assert docs["undated"].as_of is None
    assert docs["undated"].program == "general" and docs["undated"].language == "en"  # defaults


def test_bom_and_windows_line_endings_load_like_plain_utf8(tmp_path: Path) -> None:
    text = GOOD.format(id="x")
    write(tmp_path / "a", "x.md", text)
    write(tmp_path / "b", "x.md", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))

    a = parse_document(tmp_path / "a" / "x.md")
    b = parse_document(tmp_path / "b" / "x.md")

    assert a.body == b.body and a.content_hash == b.content_hash


def test_hidden_files_are_skipped_and_subfolders_are_read(tmp_path: Path) -> None:
    write(tmp_path, ".draft.md", "garbage")
    write(tmp_path, ".git/objects/blob", b"\x00\x01")
    write(tmp_path, "jip/nested.md", GOOD.format(id="nested"))

    load = load_corpus(tmp_path)

    assert load.errors == []
    assert [(d.id, d.path) for d in load.documents] == [("nested", "jip/nested.md")]


def test_too_large_file_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "big.md", GOOD.format(id="big") + "x" * 2000)

    load = load_corpus(tmp_path, max_bytes=1000)

    assert load.documents == [] and "too large" in load.errors[0].error


def test_missing_folder_is_an_error_not_an_empty_corpus(tmp_path: Path) -> None:
    load = load_corpus(tmp_path / "nope")

    assert load.documents == [] and load.errors and "not found" in load.errors[0].error
