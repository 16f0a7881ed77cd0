"""Staff document uploads: check an uploaded file and save it, only inside the knowledge docs folder.

The checks are the ingestion ones (the front matter must parse as a knowledge document), plus what an
upload adds: a size limit, UTF-8 text only, a sanitised file name, and a destination that provably stays
inside ``settings.docs_dir`` (no ``..``, no absolute names, no symlink tricks).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bot.errors import DocumentError, UploadError
from bot.ui.i18n import UiText

ALLOWED_SUFFIXES = (".md", ".markdown", ".txt")
# Saved documents always get the suffix the corpus loader reads; plain text with front matter is valid Markdown.
SAVED_SUFFIX = ".md"
_UNSAFE = re.compile(r"[^a-z0-9._-]+")
_MAX_STEM = 80


@dataclass(frozen=True)
class SavedUpload:
    path: Path
    doc_id: str
    title: str
    replaced: bool


def sanitize_filename(name: str) -> str:
    """A safe file name for the docs folder: base name only, lower-case ASCII letters, digits, ``.-_``.

    Raises UploadError when nothing usable is left or the type is not Markdown/text.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKC", base).strip().lower()
    stem, dot, suffix = base.rpartition(".")
    if not dot or f".{suffix}" not in ALLOWED_SUFFIXES:
        raise UploadError(
            f"'{name}' is not a Markdown or text file: upload a file ending in .md or .txt."
        )
    stem = _UNSAFE.sub("-", stem).strip(".-_")
    stem = re.sub(r"-{2,}", "-", stem)[:_MAX_STEM].strip(".-_")
    if not stem:
        raise UploadError(f"'{name}' has no usable file name: rename it (letters, digits, '-' or '_').")
    return stem + SAVED_SUFFIX


def destination_in(docs_dir: Path, filename: str) -> Path:
    """The path ``filename`` would have inside ``docs_dir``; refuses anything that would land elsewhere."""
    root = docs_dir.resolve()
    dest = (root / filename).resolve()
    if dest.parent != root or dest.name != filename:
        raise UploadError(f"'{filename}' would be saved outside the knowledge folder: refused.")
    if (root / filename).is_symlink():
        raise UploadError(f"'{filename}' is a link in the knowledge folder: refused.")
    return dest


def read_upload(src: Path, max_bytes: int, text: UiText | None = None) -> str:
    """The upload's text, after the size, binary and encoding checks (the size refusal in ``text``'s words,
    the same as everywhere the limit is stated)."""
    try:
        size = src.stat().st_size
    except OSError as exc:
        raise UploadError(f"The upload could not be read ({exc.strerror}): try again.") from exc
    if size == 0:
        raise UploadError("The uploaded file is empty.")
    if size > max_bytes:
        raise UploadError((text or UiText.load()).upload_too_large(max_bytes))
    data = src.read_bytes()
    if b"\x00" in data:
        raise UploadError("The uploaded file looks binary (it contains NUL bytes): upload Markdown or text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UploadError(f"The uploaded file is not UTF-8 text (byte {exc.start}): save it as UTF-8.") from exc


def save_upload(
    src: Path, original_name: str, docs_dir: Path, max_bytes: int, *, replace: bool = False,
    max_documents: int | None = None, text: UiText | None = None,
) -> SavedUpload:
    """Validate an uploaded document and write it atomically into ``docs_dir``.

    Nothing is written when any check fails. A document whose id is already used by another file is
    refused, an existing file is only replaced when ``replace`` is set, and a new document is refused
    once the folder holds ``max_documents`` files.
    """
    from bot.corpus import load_corpus, parse_document  # the ingestion loader is the validator

    filename = sanitize_filename(original_name)
    content = read_upload(Path(src), max_bytes, text)
    docs_dir.mkdir(parents=True, exist_ok=True)
    dest = destination_in(docs_dir, filename)
    exists = dest.exists()
    if exists and not replace:
        raise UploadError(f"'{filename}' already exists in the knowledge folder: tick 'replace' to overwrite it.")

    with tempfile.TemporaryDirectory(prefix="bot-upload-") as tmp:
        staged = Path(tmp) / filename
        staged.write_text(content, encoding="utf-8")
        try:
            doc = parse_document(staged, max_bytes=max_bytes)
        except DocumentError as exc:
            raise UploadError(f"{filename}: {exc.reason}") from exc

        existing = load_corpus(docs_dir)
        if max_documents is not None and not exists and len(existing.documents) + len(existing.errors) >= max_documents:
            raise UploadError(
                f"The knowledge folder already holds {max_documents:,} documents (BOT_MAX_DOCUMENTS): "
                "remove one or replace an existing document instead."
            )
        for other in existing.documents:
            if other.id == doc.id and (docs_dir / other.path).resolve() != dest:
                raise UploadError(
                    f"Document id '{doc.id}' is already used by {other.path}: change the id in the front matter."
                )

        # Atomic: a reader (the ingest) never sees a half-written document.
        fd, tmp_in_docs = tempfile.mkstemp(prefix=".upload-", suffix=".part", dir=docs_dir)
        os.close(fd)
        try:
            shutil.copyfile(staged, tmp_in_docs)
            os.replace(tmp_in_docs, dest)
        finally:
            if os.path.exists(tmp_in_docs):
                os.unlink(tmp_in_docs)
    return SavedUpload(path=dest, doc_id=doc.id, title=doc.title, replaced=exists)
