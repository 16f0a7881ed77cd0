"""Answer units: the pieces of a chunk an answer may quote whole, built once at ingest.

A chunk's units are its sentences (split by the project's pysbd splitter), its list items, its whole lists
with their lead line ("Such training courses must: ...; ...; ..."), and its label-and-value blocks (a label
such as "[Address for physical documents to be attached]" or "Information on ...:" with the lines under it,
or the section heading with a short value under it, such as "Period for acceptance" and its dates). Address
and contact blocks are blocks whose lines carry an address or a phone number (types are detected at
selection time from knowledge/answer_types.yaml, so a changed pattern needs no re-ingest).

Every unit but a whole list or block points at the unit it belongs to (``parent``): a sentence at its item,
block or list (as the list's lead), an item at its list. The answer selector ranks the small units and quotes
the whole unit they belong to where that is what answers (a lead line never stands alone; a block's value
always comes with its label).

Units are stored in the chunk metadata as a compact JSON string (Chroma metadata must be scalars), so
passages from the embedded store and from the lexical index carry the same units.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

from bot.text.sentences import split_sentences

# Bump when the units built from the same text change (bot/chunking.py records it in every chunk, so an
# older index is refreshed by the next `bot ingest`).
UNITS_VERSION = 1

SENTENCE, ITEM, LIST, BLOCK = "sentence", "item", "list", "block"
LEAD, LABEL = "lead", "label"

_ITEM = re.compile(r"^(?:[-*+•・]\s+|\d{1,2}[.)]\s+)")
_STEP = re.compile(r"^\([ivxⅰ-ⅻ\d]{1,4}\)\s*", re.I)  # "(ⅰ) Obtain an ID": a step, read as a sentence
_NOTE = re.compile(r"^[*※]\s*")  # "*Applicants may apply ...": a note line
_MARKUP = re.compile(r"\*\*|__|`")
# A line that introduces a list: it ends with ':' or ';', or says "the following" / "as follows".
_LEAD_WORDS = re.compile(r"\b(?:the following|as follows|following (?:fields|items|requirements|conditions))\b|次の|以下の")
_SENTENCE_END = re.compile(r"[.!?。！？]$")
MIN_SENTENCE = 12
SHORT_VALUE = 200
LABEL_MAX = 90


@dataclass(frozen=True)
class Unit:
    kind: str  # sentence | item | list | block
    text: str  # the text an answer quotes
    parent: int = -1  # index of the unit this one belongs to, -1 for none
    role: str = ""  # "lead" (a list's lead sentence) or "label" (a block's label line)
    label: str = ""  # a list's lead line or a block's label (context for its members)

    def to_json(self) -> dict:
        data = {"k": self.kind, "t": self.text}
        if self.parent >= 0:
            data["p"] = self.parent
        if self.role:
            data["r"] = self.role
        if self.label:
            data["l"] = self.label
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Unit":
        return cls(kind=data["k"], text=data["t"], parent=int(data.get("p", -1)), role=data.get("r", ""),
                   label=data.get("l", ""))


def encode_units(units: list[Unit]) -> str:
    """The compact JSON string stored in a chunk's metadata."""
    return json.dumps({"v": UNITS_VERSION, "u": [u.to_json() for u in units]}, ensure_ascii=False,
                      separators=(",", ":"))


def decode_units(raw: str) -> list[Unit] | None:
    """The units of a stored string; None when it is missing, broken or of another version."""
    if not raw:
        return None
    try:
        data = json.loads(raw)
        if data.get("v") != UNITS_VERSION:
            return None
        return [Unit.from_json(u) for u in data["u"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def clean(line: str) -> str:
    """A line without list markers, note marks and Markdown emphasis."""
    line = _MARKUP.sub("", line.strip())
    line = _ITEM.sub("", line)
    line = _NOTE.sub("", line)
    line = _STEP.sub("", line)
    return line.strip(" -")


@dataclass
class _Item:
    lines: list[str]


@dataclass
class _Para:
    lines: list[str]


@dataclass
class _List:
    lead: str
    items: list[_Item]


def _parse(text: str) -> list[_Para | _List]:
    """Paragraphs and lists of a chunk, in order (a list takes its lead line from the line before it)."""
    blocks: list[_Para | _List] = []
    current: _Para | _List | None = None
    blank_before = False
    for raw in text.splitlines():
        if not raw.strip():
            blank_before = True
            if isinstance(current, _Para):
                current = None
            continue
        if raw.lstrip().startswith("#"):
            current, blank_before = None, True
            continue
        stripped = raw.strip()
        is_item = bool(_ITEM.match(stripped))
        indented = raw[:1] in (" ", "\t")
        if is_item:
            if not isinstance(current, _List) or blank_before and not _same_list(current, stripped):
                current = _List(lead=_take_lead(blocks), items=[])
                blocks.append(current)
            current.items.append(_Item([stripped]))
        elif isinstance(current, _List) and indented and not blank_before and current.items:
            current.items[-1].lines.append(stripped)  # the continuation of an item
        else:
            if not isinstance(current, _Para) or blank_before:
                current = _Para([])
                blocks.append(current)
            current.lines.append(stripped)
        blank_before = False
    return blocks


def _same_list(current: _List, line: str) -> bool:
    """A blank line between items keeps one list unless a numbered list starts again at 1."""
    return not re.match(r"^1[.)]\s", line)


def _take_lead(blocks: list[_Para | _List]) -> str:
    """The line right before a list, when it introduces it (it is then part of the list, not a paragraph)."""
    if not blocks or not isinstance(blocks[-1], _Para):
        return ""
    last = blocks[-1].lines[-1]
    text = clean(last)
    if text.endswith((":", ";", "：")) or _LEAD_WORDS.search(text):
        blocks[-1].lines.pop()
        if not blocks[-1].lines:
            blocks.pop()
        return text
    return ""


def _is_label(line: str) -> bool:
    text = clean(line)
    if not text or len(text) > LABEL_MAX:
        return False
    return (line.strip().startswith("[") and line.strip().endswith("]")) or text.endswith((":", "："))


def _sentences(text: str, language: str | None) -> list[str]:
    return [s for s in (x.strip(" -") for x in split_sentences(text, language)) if s]


def build_units(text: str, section: str = "", language: str | None = None) -> list[Unit]:
    """The units of one chunk's text (``section``: its heading path, the label of a short value)."""
    units: list[Unit] = []

    def add(unit: Unit) -> int:
        units.append(unit)
        return len(units) - 1

    heading = section.split(">")[-1].strip() if section else ""
    parsed = _parse(text)
    only = parsed[0] if len(parsed) == 1 else None
    if (
        isinstance(only, _Para) and heading and len(" ".join(only.lines)) <= SHORT_VALUE
        and not _SENTENCE_END.search(clean(only.lines[-1])) and not _is_label(only.lines[0])
        and not is_lead(clean(only.lines[-1]))
    ):
        # a heading with a short value under it: "Period for acceptance" + its dates
        value = ", ".join(clean(line) for line in only.lines)
        block = add(Unit(BLOCK, f"{heading}: {value}", label=heading))
        for line in only.lines:
            add(Unit(SENTENCE, clean(line), parent=block))
        return units

    for part in parsed:
        if isinstance(part, _List):
            _add_list(part, heading, language, add)
        else:
            _add_paragraph(part, language, add)
    return _lead_blocks(units)


def _lead_blocks(units: list[Unit]) -> list[Unit]:
    """A lead sentence right before a block ("... may be sent to the following address by post") becomes the
    lead of a unit made of the two, so quoting the lead quotes the block it announces."""
    tops = [i for i, u in enumerate(units) if u.parent < 0]
    for a, b in zip(tops, tops[1:]):
        lead, block = units[a], units[b]
        if lead.kind == SENTENCE and block.kind == BLOCK and is_lead(lead.text):
            shown = re.sub(r"[;:.。：]$", "", lead.text).strip()
            units.append(Unit(LIST, f"{shown}: {block.text}", label=lead.text))
            units[a] = Unit(SENTENCE, lead.text, parent=len(units) - 1, role=LEAD)
    return units


def _add_list(part: _List, heading: str, language: str | None, add) -> None:
    items = [" ".join(clean(line) for line in item.lines).strip() for item in part.items]
    items = [i for i in items if i]
    if not items:
        return
    if len(items) == 1 and not part.lead:  # one bullet on its own is a sentence, not a list
        for sentence in _sentences(items[0], language):
            add(Unit(SENTENCE, sentence))
        return
    lead = part.lead or (f"{heading}:" if heading else "")
    shown = re.sub(r"[;:.。：]$", "", lead).strip()
    body = "; ".join(re.sub(r"[;,.。]+$", "", i) for i in items)
    text = f"{shown}: {body}." if shown else f"{body}."
    whole = add(Unit(LIST, text, label=lead))
    if part.lead:
        add(Unit(SENTENCE, part.lead, parent=whole, role=LEAD))
    for item in items:
        index = add(Unit(ITEM, item, parent=whole, label=lead))
        for sentence in _sentences(item, language):
            add(Unit(SENTENCE, sentence, parent=index))


def _add_paragraph(part: _Para, language: str | None, add) -> None:
    lines = part.lines
    plain = [line for line in lines if not _SENTENCE_END.search(clean(line))]
    if len(lines) >= 2 and (_is_label(lines[0]) or len(plain) == len(lines)):
        # a label with the lines under it, or lines that are no sentences (an address)
        label = clean(lines[0]).strip("[]").rstrip(":：").strip() if _is_label(lines[0]) else ""
        values = [clean(line) for line in (lines[1:] if label else lines)]
        text = (f"{label}: " if label else "") + ", ".join(v.rstrip(",") for v in values if v)
        block = add(Unit(BLOCK, text if _SENTENCE_END.search(text) else text + ".", label=label))
        if label:
            add(Unit(SENTENCE, label, parent=block, role=LABEL))
        for value in values:
            if value:
                add(Unit(SENTENCE, value, parent=block))
        return
    for line in lines:
        for sentence in _sentences(clean(line), language):
            if len(sentence) >= MIN_SENTENCE or not sentence.isascii():
                add(Unit(SENTENCE, sentence))


def root(units: list[Unit], index: int) -> int:
    """The outermost unit ``index`` belongs to (a list or a block), or itself."""
    seen = 0
    while units[index].parent >= 0 and seen < len(units):
        index = units[index].parent
        seen += 1
    return index


def as_dicts(units: list[Unit]) -> list[dict]:
    return [asdict(u) for u in units]


def is_lead(text: str) -> bool:
    """A sentence that introduces what follows ("... the following requirements ...", "... as follows;")."""
    return text.rstrip().endswith((":", ";", "：")) or bool(_LEAD_WORDS.search(text))


def link_sections(sections: list[tuple[str, list[Unit]]]) -> list[list[Unit]]:
    """Join a section's closing lead to what its first subsection opens with.

    "METI requires candidate training courses to satisfy the following requirements ..." ends one section and
    the list it announces opens the next one (under its own heading); "Applications ... are accepted as
    follows;" is followed by the "Period for acceptance" section. Such a lead (one of the last two top-level
    sentences of a section, with no list or block after it) becomes the lead of a list made of the
    subsection's first list (its items) or block, so quoting the lead quotes what it announces.
    """
    out = [list(units) for _, units in sections]
    for index in range(len(out) - 1):
        units = out[index]
        path, (next_path, following) = sections[index][0], sections[index + 1]
        if not units or not next_path.startswith(f"{path} > " if path else ""):
            continue
        tops = [i for i, u in enumerate(units) if u.parent < 0]
        last_compound = max((i for i in tops if units[i].kind in (LIST, BLOCK)), default=-1)
        tail = [i for i in tops if units[i].kind == SENTENCE and i > last_compound][-2:]
        lead_at = next((i for i in tail if is_lead(units[i].text)), None)
        target = next((u for u in following if u.parent < 0 and u.kind in (LIST, BLOCK)), None)
        if lead_at is None or target is None:
            continue
        start = following.index(target)
        members = [u for i, u in enumerate(following) if i > start and _belongs(following, i, start)]
        lead = units[lead_at].text
        shown = re.sub(r"[;:.。：]$", "", lead).strip()
        if target.kind == LIST:
            items = [u.text for u in members if u.kind == ITEM]
            body = "; ".join(re.sub(r"[;,.。]+$", "", i) for i in items)
        else:
            body = target.text.rstrip(".")
        if not body:
            continue
        whole = len(units)
        units.append(Unit(LIST, f"{shown}: {body}.", label=lead))
        units[lead_at] = Unit(SENTENCE, lead, parent=whole, role=LEAD)
        # the items themselves are ranked in the section they belong to; here the lead stands for the list
    return out


def _belongs(units: list[Unit], index: int, top: int) -> bool:
    while units[index].parent >= 0:
        index = units[index].parent
        if index == top:
            return True
    return False
