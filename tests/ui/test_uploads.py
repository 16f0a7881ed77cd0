"""Staff uploads: sanitised names, size/type/encoding checks, front matter validated as in ingestion, and
nothing ever written outside the docs folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.errors import UploadError
from bot.ui.uploads import destination_in, sanitize_filename, save_upload

GOOD = """---
id: uploaded-note
title: An uploaded note
program: general
source: staff upload
as_of: 2024-04
language: en
---
# Note

Some text about the programs.
"""


def _src(tmp_path: Path, name: str, text: str | bytes) -> Path:
    src = tmp_path / "incoming" / name
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_bytes(text if isinstance(text, bytes) else text.encode())
    return src


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("note.md", "note.md"),
        ("My Note (v2).MD", "my-note-v2.md"),
        ("../../etc/passwd.md", "passwd.md"),
        ("..\\..\\windows\\evil.txt", "evil.md"),
        ("/abs/path/ok.markdown", "ok.md"),
        ("ｆｕｌｌｗｉｄｔｈ.md", "fullwidth.md"),
        (".hidden.md", "hidden.md"),
    ],
)
def test_sanitize_filename(name, expected):
    assert sanitize_filename(name) == expected


@pytest.mark.parametrize("name", ["evil.py", "noext", "..md", "日本語.md", "", "doc.md.exe", "../.."])
def test_sanitize_filename_refuses(name):
    with pytest.raises(UploadError):
        sanitize_filename(name)


def test_destination_stays_inside(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    assert destination_in(docs, "a.md") == (docs / "a.md").resolve()
    for bad in ("../a.md", "sub/a.md", "/etc/a.md", ".."):
        with pytest.raises(UploadError):
            destination_in(docs, bad)


def test_destination_refuses_symlink(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    outside = tmp_path / "outside.md"
    outside.write_text("x")
    os.symlink(outside, docs / "link.md")
    with pytest.raises(UploadError, match="link"):
        destination_in(docs, "link.md")


def test_save_good_upload(tmp_path, knowledge_copy):
    docs = knowledge_copy / "docs"
    before = set(docs.iterdir())
    saved = save_upload(_src(tmp_path, "Uploaded Note.txt", GOOD), "Uploaded Note.txt", docs, 10_000)
    assert saved.path == (docs / "uploaded-note.md").resolve()
    assert saved.doc_id == "uploaded-note" and not saved.replaced
    assert saved.path.read_text() == GOOD
    assert set(docs.iterdir()) - before == {docs / "uploaded-note.md"}  # no temp file left behind


def test_path_traversal_name_lands_inside(tmp_path, knowledge_copy):
    docs = knowledge_copy / "docs"
    saved = save_upload(_src(tmp_path, "x.md", GOOD), "../../../evil.md", docs, 10_000)
    assert saved.path.parent == docs.resolve()
    assert not (knowledge_copy.parent / "evil.md").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"x" * 2000, "limit"),
        (b"\x00\x01binary", "binary"),
        ("---\nid: a\n---\n".encode("utf-16"), "binary|UTF-8"),
        (b"\xff\xfe\xfa not utf8", "UTF-8"),
        (b"# no front matter\n", "front matter"),
        (b"---\nid: Bad Id!\ntitle: t\n---\nbody\n", "id"),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_written(tmp_path, knowledge_copy, content, message):
    docs = knowledge_copy / "docs"
    before = sorted(p.name for p in docs.iterdir())
    with pytest.raises(UploadError, match=message):
        save_upload(_src(tmp_path, "bad.md", content), "bad.md", docs, 1000)
    assert sorted(p.name for p in docs.iterdir()) == before


def test_existing_file_needs_replace_and_duplicate_id_refused(tmp_path, knowledge_copy):
    docs = knowledge_copy / "docs"
    save_upload(_src(tmp_path, "n.md", GOOD), "n.md", docs, 10_000)
    with pytest.raises(UploadError, match="replace"):
        save_upload(_src(tmp_path, "n.md", GOOD), "n.md", docs, 10_000)
    assert save_upload(_src(tmp_path, "n.md", GOOD), "n.md", docs, 10_000, replace=True).replaced
    # Same id under another file name would make ingestion drop one of them: refused up front.
    with pytest.raises(UploadError, match="already used"):
        save_upload(_src(tmp_path, "other.md", GOOD), "other.md", docs, 10_000)
    existing = sorted(p for p in docs.glob("*.md") if p.name != "n.md")[0]
    with pytest.raises(UploadError, match="already used"):
        text = existing.read_text()
        save_upload(_src(tmp_path, "copy.md", text), "copy.md", docs, 10_000_000)
