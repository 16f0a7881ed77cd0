"""The knowledge folder is a boundary: links are followed only to regular files inside it, and every
entry skipped for that reason (link outside, broken link, link loop, link to a folder, named pipe) is
named in the load errors and in the ingest report."""

from __future__ import annotations

import os
from pathlib import Path

from bot.corpus import load_corpus
from bot.ingest import ingest
from bot.settings import Settings

DOC = "---\nid: {id}\ntitle: {title}\n---\n# {title}\n\nThe {title} text.\n"


def _folder(tmp_path: Path) -> tuple[Path, Path]:
    docs = tmp_path / "knowledge" / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "good.md").write_text(DOC.format(id="good", title="Good"), encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text(DOC.format(id="secret", title="Outside secret"), encoding="utf-8")
    return docs, outside


def _make_every_kind_of_bad_entry(docs: Path, outside: Path) -> None:
    (docs / "to-outside.md").symlink_to(outside / "secret.md")
    (docs / "to-system-file.md").symlink_to("/etc/passwd")
    (docs / "sub" / "up-and-out.md").symlink_to("../../../outside/secret.md")
    (docs / "outside-folder").symlink_to(outside, target_is_directory=True)
    (docs / "broken.md").symlink_to(docs / "missing.md")
    (docs / "loop-a.md").symlink_to(docs / "loop-b.md")
    (docs / "loop-b.md").symlink_to(docs / "loop-a.md")
    (docs / "inside-folder").symlink_to(docs / "sub", target_is_directory=True)
    os.mkfifo(docs / "pipe.md")


def test_every_skipped_entry_is_named_with_its_reason(tmp_path: Path):
    docs, outside = _folder(tmp_path)
    _make_every_kind_of_bad_entry(docs, outside)
    load = load_corpus(docs)
    assert [d.id for d in load.documents] == ["good"]
    reasons = {issue.file: issue.error for issue in load.errors}
    assert set(reasons) == {
        "to-outside.md", "to-system-file.md", "sub/up-and-out.md", "outside-folder", "broken.md",
        "loop-a.md", "loop-b.md", "inside-folder", "pipe.md",
    }
    for name in ("to-outside.md", "to-system-file.md", "sub/up-and-out.md", "outside-folder"):
        assert "outside the knowledge folder" in reasons[name]
    assert "broken link" in reasons["broken.md"]
    assert "loop" in reasons["loop-a.md"] and "loop" in reasons["loop-b.md"]
    assert "link to a folder" in reasons["inside-folder"]
    assert "named pipe" in reasons["pipe.md"]


def test_a_link_to_a_file_inside_the_folder_is_loaded(tmp_path: Path):
    docs, _ = _folder(tmp_path)
    (docs / "sub" / "real.md").write_text(DOC.format(id="real", title="Real"), encoding="utf-8")
    (docs / "alias.md").symlink_to(Path("sub") / "real.md")
    load = load_corpus(docs)
    # The alias reads the same file: its id is a duplicate, reported, never a second copy.
    assert sorted(d.id for d in load.documents) == ["good", "real"]
    assert [i.file for i in load.errors] == ["sub/real.md"] and "duplicate id" in load.errors[0].error


def test_a_docs_folder_that_is_itself_a_link_is_still_the_boundary(tmp_path: Path):
    docs, outside = _folder(tmp_path)
    linked = tmp_path / "linked-docs"
    linked.symlink_to(docs, target_is_directory=True)
    (docs / "to-outside.md").symlink_to(outside / "secret.md")
    load = load_corpus(linked)
    assert [d.id for d in load.documents] == ["good"]
    assert [i.file for i in load.errors] == ["to-outside.md"]


def test_ingest_reports_the_skipped_entries_and_indexes_nothing_from_outside(tmp_path: Path):
    docs, outside = _folder(tmp_path)
    _make_every_kind_of_bad_entry(docs, outside)
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", knowledge_dir=docs.parent)
    from bot.wiring import build_store

    store = build_store(settings)
    report = ingest(settings, store)
    assert report.documents == 1 and len(report.errors) == 9
    texts = " ".join(chunk.text for chunk in store.all_chunks())
    assert "Outside secret" not in texts and "root:" not in texts
