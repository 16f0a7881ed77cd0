"""Which part of a plan a word names: the one resolver over a language's kind words (pack ``move_slots``: "required",
「必須」) and the words the conversation gave the parts ("3 h quality inspection (related)", 「検査（周辺業務）」).

Hours moved between parts ("from cleaning and packing to assembly", 「検査の1時間を組立に回して」) and hours restated by
the parts' names ("welding is only M hours") both ask it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.text import has_cjk, rx

@dataclass(frozen=True)
class PartWord:
    """A part found: its slot, the words that named it as the user wrote them, and whether they were the
    conversation's own name for it (else the language's kind word)."""

    slot: str
    said: str
    own: bool


@dataclass
class PartWords:
    """The parts of a plan by the words that name them. ``kinds``: slot -> pattern of the language's words for the
    kind (pack ``move_slots``); ``names``: the conversation's words -> slot (``DialogueState.part_names``); ``edge``:
    where a phrase puts the part's word when it says more ("start": "welding and see", English; "end": 「じゃあ検査」
    before its particle, Japanese, pack ``part_word_at``)."""

    language: str = "en"
    kinds: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    edge: str = "start"
    links: frozenset[str] = frozenset()

    @classmethod
    def of(cls, pack: Any, names: dict[str, str] | None = None, language: str = "en") -> PartWords:
        """The resolver of a language pack (None: no kind words) with the conversation's ``names``."""
        return cls(language=getattr(pack, "language", language) or language,
                   kinds=dict(getattr(pack, "move_slots", None) or {}), names=dict(names or {}),
                   edge=getattr(pack, "part_word_at", "start") or "start",
                   links=frozenset(w.lower() for w in getattr(pack, "part_link_words", None) or ()))

    @property
    def _flags(self) -> int:
        return 0 if self.language == "ja" else re.I

    def _bounded(self, pattern: str) -> str:
        """``pattern`` as whole words (English; Japanese writes no spaces between words), its global flags first."""
        flags = re.match(r"\(\?[aiLmsux]+\)", pattern)
        lead, body = (flags.group(0), pattern[flags.end():]) if flags else ("", pattern)
        return pattern if self.language == "ja" else lead + r"(?<![\w-])(?:" + body + r")(?![\w-])"

    def _found(self, phrase: str) -> list[tuple[int, int, str, bool]]:
        """Every name and kind word in ``phrase``: (start, end, slot, is the conversation's name)."""
        found = [(m.start(), m.end(), slot, True) for name, slot in self.names.items() if name.strip()
                 for m in rx.finditer(self._bounded(re.escape(name.strip())), phrase, self._flags)]
        found += [(m.start(), m.end(), slot, False) for slot, pattern in self.kinds.items()
                  for m in rx.finditer(self._bounded(pattern), phrase, self._flags) if m.end() > m.start()]
        return found

    def slot_of(self, phrase: str) -> PartWord | None:
        """The part ``phrase`` names: of the names and kind words in it, the one at the phrase's edge (the longest
        there: "cleaning and packing" over "cleaning"); else a word of one part's name ("inspection" of "quality
        inspection", 「操作」 of 「機械操作」). None when it names no part, or two parts as much as each other."""
        phrase = (phrase or "").strip()
        if not phrase:
            return None
        found = self._found(phrase)
        if found:
            def nearness(hit: tuple[int, int, str, bool]) -> tuple[int, int]:
                start, end, _, _ = hit
                return (start if self.edge == "start" else len(phrase) - end, -(end - start))
            best = min(nearness(h) for h in found)
            hits = [h for h in found if nearness(h) == best]
            if len({slot for _, _, slot, _ in hits}) != 1:
                return None
            start, end, slot, _ = hits[0]
            return PartWord(slot, phrase[start:end], any(own for *_, own in hits))
        return self._part_of_name(phrase)

    def _part_of_name(self, phrase: str) -> PartWord | None:
        """A phrase that is part of one part's name: a word of it (English), or the phrase's end inside it (Japanese)."""
        if has_cjk(phrase):
            for n in range(len(phrase), 1, -1):
                tail = phrase[len(phrase) - n:] if self.edge == "end" else phrase[:n]
                slots = {slot for name, slot in self.names.items() if tail in name}
                if slots:
                    return PartWord(slots.pop(), tail, True) if len(slots) == 1 else None
            return None
        words = rx.findall(r"[a-z][a-z'-]*", phrase.lower())
        for word in words if self.edge == "start" else reversed(words):
            if word in self.links or len(word) < 3:
                continue
            slots = {slot for name, slot in self.names.items() if word in rx.findall(r"[a-z][a-z'-]*", name.lower())}
            if slots:
                return PartWord(slots.pop(), word, True) if len(slots) == 1 else None
        return None

    def said_in(self, text: str) -> dict[str, str]:
        """The conversation's names ``text`` says (name -> slot), a name said only inside a longer one left out
        ("cleaning" in "cleaning and packing"), the longest first."""
        spans = [(m.start(), m.end(), name) for name in self.names if name.strip()
                 for m in rx.finditer(self._bounded(re.escape(name.strip())), text, self._flags)]
        kept = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)]
        names = sorted({name for _, _, name in kept}, key=len, reverse=True)
        return {name: self.names[name] for name in names}

    def label(self, slot: str) -> str:
        """The conversation's longest name for ``slot`` ("" when it gave none)."""
        names = [name for name, s in self.names.items() if s == slot]
        return max(names, key=len) if names else ""
