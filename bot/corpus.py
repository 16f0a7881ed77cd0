"""Load and validate the knowledge documents: Markdown files with YAML front matter under knowledge/docs/.

A bad file never stops the load: it becomes a ``DocumentIssue`` naming the file and the reason, and every
good document is still returned.

The docs folder is a boundary: a link is only followed when it resolves to a regular file inside the
folder. Every entry that is skipped (a link outside, a broken or looping link, a link to a folder, a named
pipe or other special file, an unreadable folder) is reported with its reason; only hidden entries
(``.name``) are left out silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from pydantic import BaseModel, Field

from bot.errors import DocumentError

MARKDOWN_SUFFIXES = (".md", ".markdown")
DEFAULT_MAX_BYTES = 5_000_000

# Ids end up in chunk ids ("<doc_id>::<hash>") and in Chroma metadata filters: keep them plain.
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,119}$")
# What the text itself dates: an ISO date, a month, or a Japanese fiscal year.
_AS_OF_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|FY\d{4})$")
_PROGRAM_RE = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")


class Document(BaseModel):
    """One knowledge document: its front matter fields, its Markdown body and where it came from."""

    id: str
    title: str
    program: str = "general"
    source: str = ""
    as_of: str | None = None
    language: str = "en"
    body: str
    path: str = Field(description="File path relative to the docs folder (POSIX form).")
    content_hash: str = Field(description="sha256 of the file's text: changes whenever the file does.")
    section_programs: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Per program, the heading words that make a section about it (front matter `section_programs`): "
        "a section whose heading names one (the WAASA note's \"Technical Intern Training System\") is that program's, "
        "whatever the document's own program.",
    )

    def program_of_section(self, section: str, separator: str = " > ") -> str:
        """The program of the section at heading path ``section``: the program whose heading words the deepest heading
        naming any holds (case-insensitive), else the document's."""
        for heading in reversed([h for h in section.split(separator) if h.strip()]):
            lowered = heading.lower()
            for program, words in self.section_programs.items():
                if any(word.lower() in lowered for word in words):
                    return program
        return self.program


class DocumentIssue(BaseModel):
    """A file that could not be loaded, and why (written for the person who maintains the documents)."""

    file: str
    error: str


class CorpusLoad(BaseModel):
    documents: list[Document]
    errors: list[DocumentIssue]


def load_corpus(docs_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> CorpusLoad:
    """Load every document under ``docs_dir`` (recursively, hidden files skipped), sorted by path.

    Two files with the same ``id``: the first by path is kept, the later one is reported as an error.
    """
    docs_dir = Path(docs_dir)
    if not docs_dir.is_dir():
        return CorpusLoad(
            documents=[], errors=[DocumentIssue(file=str(docs_dir), error="documents folder not found")]
        )
    documents: list[Document] = []
    paths, errors = scan_folder(docs_dir)
    first_file_by_id: dict[str, str] = {}
    for path in paths:
        rel = path.relative_to(docs_dir).as_posix()
        try:
            doc = parse_document(path, root=docs_dir, max_bytes=max_bytes)
        except DocumentError as exc:
            errors.append(DocumentIssue(file=rel, error=exc.reason))
            continue
        if doc.id in first_file_by_id:
            errors.append(
                DocumentIssue(
                    file=rel,
                    error=f"duplicate id '{doc.id}': already used by {first_file_by_id[doc.id]}; "
                    "give this document its own id",
                )
            )
            continue
        first_file_by_id[doc.id] = rel
        documents.append(doc)
    return CorpusLoad(documents=documents, errors=errors)


def parse_document(path: Path, *, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and validate one document; raise ``DocumentError`` (file + reason) when it cannot be used."""
    path = Path(path)
    rel = path.relative_to(root).as_posix() if root is not None else path.name
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(rel, f"file is too large ({size:,} bytes; the limit is {max_bytes:,})")
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(rel, f"cannot read the file ({exc.strerror or exc})") from exc

    if not raw.strip():
        raise DocumentError(rel, "file is empty")
    if b"\x00" in raw[:8192]:
        raise DocumentError(rel, "binary file, not a text document (contains NUL bytes)")
    if path.suffix.lower() not in MARKDOWN_SUFFIXES:
        raise DocumentError(
            rel, f"unsupported file type '{path.suffix or '(none)'}': documents must be Markdown (.md) files"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            rel, f"not valid UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _parse_text(text, rel)


def _parse_text(text: str, rel: str) -> Document:
    if not text.lstrip().startswith("---"):
        raise DocumentError(rel, "no front matter: the file must start with '---', then id, title, ... and '---'")
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        raise DocumentError(rel, f"broken front matter (YAML): {_yaml_reason(exc)}") from exc
    except Exception as exc:  # python-frontmatter raises plain errors for non-mapping front matter
        raise DocumentError(rel, f"broken front matter: {exc}") from exc
    meta: dict[str, Any] = dict(post.metadata)
    if not meta:
        raise DocumentError(rel, "broken front matter: no 'key: value' fields between the '---' lines")

    doc_id = _text_field(meta, "id", rel, required=True)
    if not _ID_RE.match(doc_id):
        raise DocumentError(
            rel, f"invalid id '{doc_id}': use lowercase letters, digits, '-', '_' or '.' (at most 120 characters)"
        )
    title = _text_field(meta, "title", rel, required=True)
    program = _text_field(meta, "program", rel) or "general"
    if not _PROGRAM_RE.match(program):
        raise DocumentError(rel, f"invalid program '{program}': use a short lowercase name such as titp or jip")
    language = _text_field(meta, "language", rel) or "en"
    if not _LANGUAGE_RE.match(language):
        raise DocumentError(rel, f"invalid language '{language}': use a language code such as en or ja")
    body = post.content.strip()
    if not body:
        raise DocumentError(rel, "no text after the front matter")
    return Document(
        id=doc_id,
        title=title,
        program=program,
        source=_text_field(meta, "source", rel),
        as_of=_as_of(meta.get("as_of"), rel),
        language=language,
        body=body + "\n",
        path=rel,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        section_programs=_section_programs(meta.get("section_programs"), rel),
    )


def _section_programs(value: Any, rel: str) -> dict[str, list[str]]:
    """Front matter `section_programs`: {program: [heading words, ...]} (a single string is one word list)."""
    if value is None or value == "":
        return {}
    if not isinstance(value, dict):
        raise DocumentError(rel, "front matter 'section_programs' must map a program to heading words, e.g. "
                                 "{titp: [Technical Intern Training]}")
    out: dict[str, list[str]] = {}
    for program, words in value.items():
        program = str(program).strip()
        if not _PROGRAM_RE.match(program):
            raise DocumentError(rel, f"invalid program '{program}' in 'section_programs': use a short lowercase name")
        listed = [words] if isinstance(words, str) else words
        if not isinstance(listed, list) or not all(isinstance(w, str) and w.strip() for w in listed):
            raise DocumentError(rel, f"'section_programs' of '{program}' must be heading words (text)")
        out[program] = [w.strip() for w in listed]
    return out


def _text_field(meta: dict[str, Any], key: str, rel: str, *, required: bool = False) -> str:
    value = meta.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise DocumentError(rel, f"front matter has no '{key}'")
        return ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise DocumentError(rel, f"front matter '{key}' must be text, not {type(value).__name__}")
    return str(value).strip()


def _as_of(value: Any, rel: str) -> str | None:
    # YAML turns an unquoted 2017-09-15 into a date: accept it as the ISO date it was written as.
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not _AS_OF_RE.match(text):
        raise DocumentError(
            rel,
            f"invalid as_of '{text}': use a date (2017-09-15), a month (2020-01), a fiscal year (FY2024) "
            "or null when the text gives no date",
        )
    return text


def _yaml_reason(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    # +1 for the opening '---' line, +1 because marks count from zero
    return f"{problem} (near line {mark.line + 2} of the file)" if mark is not None else problem


def scan_folder(root: Path) -> tuple[list[Path], list[DocumentIssue]]:
    """The regular files under ``root`` (sorted by relative path) and every entry skipped, with why.

    Links are resolved and kept only when they end at a regular file inside ``root``; nothing outside
    ``root`` is ever opened. Hidden entries are skipped without a report.
    """
    root = Path(root)
    real_root = root.resolve()
    files: list[Path] = []
    issues: list[DocumentIssue] = []

    def skipped(path: Path, reason: str) -> None:
        issues.append(DocumentIssue(file=path.relative_to(root).as_posix(), error=f"skipped: {reason}"))

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename) if exc.filename else root
        rel = where.relative_to(root).as_posix() if where != root and where.is_relative_to(root) else "."
        issues.append(DocumentIssue(file=rel, error=f"skipped: cannot read the folder ({exc.strerror or exc})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable, followlinks=False):
        folder = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in list(dirnames) + sorted(filenames):
            if name.startswith("."):
                continue
            path = folder / name
            try:
                mode = path.lstat().st_mode
            except OSError as exc:
                skipped(path, f"cannot be read ({exc.strerror or exc})")
                continue
            if stat.S_ISDIR(mode):
                continue  # walked by os.walk itself
            if stat.S_ISLNK(mode):
                target = _link_target(path, real_root)
                if isinstance(target, str):
                    skipped(path, target)
                    if name in dirnames:
                        dirnames.remove(name)
                    continue
                mode = target.stat().st_mode
                if stat.S_ISDIR(mode):
                    skipped(path, "link to a folder: not followed (put the documents in the folder itself)")
                    continue
            if stat.S_ISREG(mode):
                files.append(path)
            else:
                skipped(path, f"{_kind(mode)}, not a regular file")
    files.sort(key=lambda p: p.relative_to(root).as_posix())
    issues.sort(key=lambda i: i.file)
    return files, issues


def _link_target(path: Path, real_root: Path) -> Path | str:
    """The resolved target of a link inside ``real_root``, or the reason it is not followed."""
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return f"broken link (its target {os.readlink(path)!r} does not exist)"
    except (RuntimeError, OSError) as exc:  # RuntimeError: a link loop before Python 3.13
        if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == 40:
            return "link loop: the link points back to itself"
        return f"link cannot be followed ({getattr(exc, 'strerror', None) or exc})"
    if not target.is_relative_to(real_root):
        return f"link to {target}, outside the knowledge folder: not followed"
    return target


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device file"
    return "special file"
