"""The units an answer quotes, per passage: a passage's units, the list or block a unit belongs to, and the edits
of a list of quotes (a quote added after its passage's, several items of one list quoted as the whole list, a list
and its own item not both quoted).

The quotes are ``picked``: per passage (best first), the texts of the units quoted from it, in order.
"""

from __future__ import annotations

from typing import Any

from bot.answers.units import BLOCK, ITEM, LEAD, LIST, Unit, build_units, decode_units
from bot.contracts import Passage

# Several items of one list quoted: the whole list is quoted instead when it has at most this many items.
WHOLE_LIST_ITEMS = 10
# The words before an item's colon are its label ("Required work: At least 50% ...") when they are at most this many.
ITEM_LABEL_WORDS = 5


def passage_units(passage: Passage) -> list[Unit]:
    """The units stored with the passage's chunk at ingest, else built now from its text."""
    stored = decode_units(getattr(passage, "units", "") or "")
    return stored if stored is not None else build_units(passage.text, passage.section)


def quoted_list(passage: Passage, quoted: list[str]) -> tuple[list[Unit], int, list[str]] | None:
    """The passage's units, the index of the list among them that ``quoted`` quotes whole, and that list's items
    (None when no whole list is quoted)."""
    own = passage_units(passage)
    at = next((i for i, u in enumerate(own) if u.kind == LIST and u.text in quoted), None)
    if at is None:
        return None
    return own, at, [u.text for u in own if u.kind == ITEM and u.parent == at]


def heading_of(passage: Passage) -> str:
    return passage.section.split(">")[-1].strip() if passage.section else ""


def whole_lists(passage: Passage, texts: list[str], keep: list[str] | tuple[str, ...] = ()) -> list[str]:
    """Several items of one list quoted (each of "flight ticket? housing? insurance?" found its own item) quote
    the whole list at the place of its first item: what the list offers is every item of it, its first ones
    included, and the items alone read as if they were all there is. An item of ``keep`` (the entry of the event an ask
    points back to: the company visited on that trip) is the answer itself, and stays an item."""
    units = passage_units(passage)
    item_list: dict[str, int] = {}
    for text in texts:
        if text in keep:
            continue
        unit = next((u for u in units if u.kind == ITEM and u.text == text), None)
        if unit is not None and 0 <= unit.parent < len(units) and units[unit.parent].kind == LIST:
            item_list[text] = unit.parent
    out: list[str] = []
    for text in texts:
        at = item_list.get(text)
        whole = units[at] if at is not None else None
        if whole is None or sum(1 for i in item_list.values() if i == at) < 2 or \
                sum(1 for u in units if u.kind == ITEM and u.parent == at) > WHOLE_LIST_ITEMS:
            out.append(text)
        elif whole.text not in out:
            out.append(whole.text)
    return out


def without_repeats(picked: list[tuple[Passage, list[str]]], list_asked: bool) -> list[tuple[Passage, list[str]]]:
    """A whole list and one of its own items both quoted (they tie: an item is read with its list's lead) say the
    item twice: the list is kept when a list is asked, else the item (at the list's place)."""
    out: list[tuple[Passage, list[str]]] = []
    for passage, texts in picked:
        lists = [t for t in texts if any(o != t and in_list(o, t) for o in texts)]
        kept: list[str] = []
        for text in texts:
            whole = next((w for w in lists if w != text and in_list(text, w)), None)
            if text in lists and not list_asked:
                item = next(o for o in texts if o != text and in_list(o, text))
                if item not in kept:
                    kept.append(item)
            elif whole is not None and list_asked:
                continue
            elif text not in kept:
                kept.append(text)
        out.append((passage, kept))
    return out


def item_label(item: str) -> str:
    """The label of a list item ("Related work" of "Related work: Less than 50% ..."), or "" when it has none."""
    head, colon, _ = item.partition(": ")
    return head if colon and len(head.split()) <= ITEM_LABEL_WORDS else ""


def in_list(item: str, whole: str) -> bool:
    """Whether ``item`` is an entry of the list ``whole``: the list joins its entries with "; ", so an entry's own
    closing stop ("... upon separate consultation).") is not part of its text there."""
    return item in whole or item.rstrip(" .。") in whole


def labelled_items_named(labels: list[frozenset[str]], concepts: list[Any]) -> set[int]:
    """The items whose label (the words before its colon: "Required work") a concept of the message names, when it
    names no other item's label."""
    named: set[int] = set()
    for concept in concepts:
        hits = [i for i, label in enumerate(labels) if label and concept.strength(label) >= 1.0]
        if len(hits) == 1:
            named.add(hits[0])
    return named


def with_items(quoted: list[str], text: str, items: list[str], named: set[int]) -> list[str]:
    """``quoted`` with the quoted item ``text`` replaced by the ``named`` items of its list, in the list's order
    (those quoted elsewhere already are not repeated)."""
    spot = quoted.index(text)
    added = [items[i] for i in sorted(named) if items[i] not in quoted]
    return [*quoted[:spot], *[items[i] for i in sorted(named) if items[i] == text or items[i] in added],
            *quoted[spot + 1:]]


def with_quote(picked: list[tuple[Passage, list[str]]], passage: Passage, text: str, new_at: int
                ) -> list[tuple[Passage, list[str]]]:
    """``picked`` with ``text`` quoted from ``passage``: after that passage's quotes when it is picked already,
    else as a new passage at ``new_at``."""
    spot = next((i for i, (p, _) in enumerate(picked) if p is passage), None)
    if spot is None:
        return [*picked[:new_at], (passage, [text]), *picked[new_at:]]
    return [*picked[:spot], (passage, [*picked[spot][1], text]), *picked[spot + 1:]]


def with_same_section(subject: set[int], passages: list[Passage]) -> set[int]:
    """The subject passages and the other chunks of their sections: a section split into chunks is one text (the
    chunk with the address for posted documents is about the e-Gov application its neighbouring chunk names)."""
    sections = {(passages[i].doc_id, passages[i].section) for i in subject if passages[i].section}
    return subject | {i for i, p in enumerate(passages) if p.section and (p.doc_id, p.section) in sections}


def label_of(units: list[Unit], index: int) -> str:
    """The lead of the list or the label of the block a small unit belongs to (its reading context)."""
    unit = units[index]
    while unit.parent >= 0:
        parent = units[unit.parent]
        if parent.label and parent.kind in (LIST, BLOCK, ITEM):
            return parent.label if unit.role != LEAD else ""
        unit = parent
    return ""
