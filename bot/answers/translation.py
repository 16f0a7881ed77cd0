"""Reference translations of the documents' answer units (knowledge/translations/<lang>/<doc-id>.yaml).

A reply in another language than its source quotes the unit as written (the source document is authoritative)
and may show a reference translation under it. Translations are data keyed by the pieces the unit builder
(bot/answers/units.py) makes units of: sentences, a list's lead and items, a block's label and values. A unit
is translated by joining the translations of its pieces with the target language's separators, or not at all
when any piece has none: a reply never shows half a translation.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from bot.datafile import load_model
from bot.errors import BotError, ConfigError
from bot.text.normalise import normalise

log = logging.getLogger(__name__)

REPOSITORY_DIR = Path(__file__).resolve().parents[2] / "knowledge" / "translations"

# Typographic quotes and apostrophes compare as plain ones ("People’s" and "People's" are one key).
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "＂": '"', "＇": "'"})
# The punctuation a piece may end with in one unit and lose in another (a list item's ";", a lead's ":").
_END = ".;:,。：；、"
# What the unit builder puts between pieces: a sentence's end and a space, a list's "; ", a block's ", ", a
# lead's ": ", the ellipsis of a shortened quote (the normaliser writes "…" as "...").
_BETWEEN = re.compile(r"[.;:,。：；、]*(?:\s*\.\.\.)?\s*")


class TranslationFile(BaseModel):
    """knowledge/translations/<lang>/<doc-id>.yaml."""

    document: str = Field(description="The id of the translated document (knowledge/docs/<id>.md).")
    source_language: str = Field("en", description="The language the document is written in.")
    pieces: list[dict[str, str]] = Field(default_factory=list,
                                         description="Per source piece: {<source language>: ..., <lang>: ...}.")

    @field_validator("pieces")
    @classmethod
    def _not_empty(cls, pieces: list[dict[str, str]]) -> list[dict[str, str]]:
        for index, piece in enumerate(pieces):
            if len(piece) != 2 or not all(str(v).strip() for v in piece.values()):
                raise ValueError(f"piece {index + 1} needs exactly a source text and its translation, both non-empty")
        return pieces


def key(text: str) -> str:
    """The lookup form of a source piece: the project's normaliser, plain quotes, no closing punctuation."""
    return normalise(text).translate(_QUOTES).rstrip(_END + " ")


class Separators(BaseModel):
    """How a target language writes what joins a unit's pieces (knowledge/translations/<lang>/_language.yaml);
    the defaults are the source's own conventions."""

    sentence_end: str = Field(".", description="Added to a sentence whose translation does not end like one.")
    sentence_gap: str = Field(" ", description="Between two sentences.")
    lead: str = Field(": ", description="After a list's lead or a block's label.")
    item: str = Field("; ", description="Between list items.")
    value: str = Field(", ", description="Between a block's values (the lines of an address).")
    ends: str = Field(".!?", description="Endings that already close a sentence.")


class LanguageFile(BaseModel):
    """knowledge/translations/<lang>/_language.yaml."""

    separators: Separators = Field(default_factory=Separators)


LANGUAGE_FILE = "_language.yaml"


@dataclass
class Translations:
    """Per target language, source piece (by ``key``) -> translation, and how the language joins pieces."""

    tables: dict[str, dict[str, str]] = field(default_factory=dict)
    separators: dict[str, Separators] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path, strict: bool = True) -> "Translations":
        """The translation files under ``folder`` (one sub-folder per target language); a missing folder is no
        translation. ``strict``: a broken file raises ConfigError (else it is logged and left out)."""
        out = cls()
        if not folder.is_dir():
            return out
        for lang_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
            lang = lang_dir.name
            table = out.tables.setdefault(lang, {})
            for path in sorted(lang_dir.glob("*.yaml")):
                try:
                    if path.name == LANGUAGE_FILE:
                        out.separators[lang] = load_model(path, LanguageFile, "translation language file",
                                                          ConfigError).separators
                        continue
                    data = load_model(path, TranslationFile, "translation file", ConfigError)
                    pairs = [_pair(piece, data.source_language, lang, path) for piece in data.pieces]
                except BotError:
                    if strict:
                        raise
                    log.warning("translation file left out", exc_info=True)
                    continue
                for source, text in pairs:
                    table.setdefault(key(source), " ".join(text.split()))
        return out

    @classmethod
    def for_knowledge(cls, knowledge_dir: Path | None) -> "Translations":
        """A knowledge folder's translations/, else the repository's (as knowledge/glossary.yaml is found)."""
        folder = Path(knowledge_dir) / "translations" if knowledge_dir is not None else None
        return _load(str(folder if folder is not None and folder.is_dir() else REPOSITORY_DIR))

    @classmethod
    def configured(cls) -> "Translations":
        """The translations of the configured knowledge folder (BOT_KNOWLEDGE_DIR), else the repository's: for
        callers whose response catalog carries none."""
        from bot.settings import Settings

        try:
            folder: Path | None = Path(Settings().knowledge_dir)
        except ValueError:  # an invalid setting is reported where settings are loaded
            folder = None
        return cls.for_knowledge(folder)

    def piece(self, text: str, lang: str) -> str | None:
        """The translation of one source piece, None when there is none."""
        return self.tables.get(lang, {}).get(key(text))

    def translate(self, text: str, lang: str) -> str | None:
        """``text`` (a unit, or units joined by spaces) in ``lang``: the translations of its pieces joined by
        the language's separators; None when any piece has no translation."""
        table = self.tables.get(lang)
        if not table or not text.strip():
            return None
        plain = normalise(text).translate(_QUOTES).strip()
        cover = _Cover(plain, table).parts()
        if cover is None:
            return None
        return _join([(table[k], between) for k, between in cover], self.separators.get(lang, Separators()))


def _pair(piece: dict[str, str], source: str, lang: str, path: Path) -> tuple[str, str]:
    if source not in piece or lang not in piece:
        raise ConfigError(f"invalid translation file {path}: a piece needs the keys {source!r} and {lang!r}, "
                          f"not {sorted(piece)}")
    return str(piece[source]), str(piece[lang])


class _Cover:
    """The pieces ``text`` is made of, in order, each with the separator after it (longest pieces first)."""

    def __init__(self, text: str, table: dict[str, str]) -> None:
        self.text = text
        self.by_start: dict[str, list[str]] = {}
        for source in sorted(table, key=len, reverse=True):
            if source:
                self.by_start.setdefault(source[:1], []).append(source)
        self.memo: dict[int, list[tuple[str, str]] | None] = {}

    def parts(self, start: int = 0) -> list[tuple[str, str]] | None:
        if start == len(self.text):
            return []
        if start in self.memo:
            return self.memo[start]
        found: list[tuple[str, str]] | None = None
        for source in self.by_start.get(self.text[start], []):
            if not self.text.startswith(source, start):
                continue
            end = start + len(source)
            after = _BETWEEN.match(self.text, end).end()
            if after == end and end < len(self.text):
                continue  # a piece ends where the unit builder joins pieces, not inside a word
            rest = self.parts(after)
            if rest is not None:
                found = [(source, self.text[end:after]), *rest]
                break
        self.memo[start] = found
        return found


def _join(parts: list[tuple[str, str]], sep: Separators) -> str:
    """The translated pieces joined the way the source joined them (a lead's ":", an item's ";", a value's
    ",", a sentence's end), in the target language's marks."""
    out: list[str] = []
    for text, between in parts:
        mark = between.strip()
        body = text.rstrip(_END + " ") if mark[:1] in (":", ";", ",") else text
        closed = body.endswith(tuple(sep.ends))
        if mark.startswith(":"):
            body += sep.lead
        elif mark.startswith(";"):
            body += sep.item
        elif mark.startswith(","):
            body += sep.value
        elif mark.startswith(".") and not mark.startswith("..."):
            body += ("" if closed else sep.sentence_end) + sep.sentence_gap
        elif between:
            body += sep.sentence_gap if closed else " "  # pieces the source only spaced apart
        if "..." in mark:
            body += "…"
        out.append(body)
    return "".join(out).strip()


@functools.lru_cache(maxsize=8)
def _load(folder: str) -> Translations:
    return Translations.load(Path(folder), strict=False)

