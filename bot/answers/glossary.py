"""The glossary: official Japanese names of the terms the documents use in English (knowledge/glossary.yaml).

A reply in Japanese that renders an English list, lead or heading names each term it finds by its official
Japanese name (技能実習, 特定技能, 必須業務 ...); the quoted passage itself stays in its source language.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from bot.datafile import parse_yaml
from bot.text import rx

DEFAULT_PATH = Path(__file__).resolve().parents[2] / "knowledge" / "glossary.yaml"


@dataclass(frozen=True)
class Term:
    en: str
    ja: str
    org: bool = False  # an organisation (a ministry, a city, an office)
    also: tuple[str, ...] = ()  # other Japanese spellings users write (厚労省 for 厚生労働省)
    program: bool = False  # a program or its stage (特定技能1号): what a question asks about, not a listed item


class Glossary:
    """English term -> Japanese name; ``find`` reads the terms of a text, longest spelling first."""

    def __init__(self, terms: list[Term], counters: dict[str, str] | None = None) -> None:
        self.counters = {k.lower(): v for k, v in (counters or {}).items()}
        self.terms = sorted(terms, key=lambda t: -len(t.en))
        self._ja = {t.en.lower(): t.ja for t in self.terms}
        self._by_en = {t.en.lower(): t for t in self.terms}
        alternatives = "|".join(re.escape(t.en) for t in self.terms)
        self._pattern = rx.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE) if terms else None
        # the organisations of a text, per text: the selector asks for those of the same units for every ask of a turn
        self._organisations = functools.lru_cache(maxsize=8192)(self._named_organisations)

    @classmethod
    def load(cls, path: Path | None = None) -> "Glossary":
        return _load(str(path or DEFAULT_PATH))

    @classmethod
    def for_knowledge(cls, knowledge_dir: Path | None) -> "Glossary":
        """A knowledge folder's glossary.yaml, else the repository's."""
        path = Path(knowledge_dir) / "glossary.yaml" if knowledge_dir is not None else None
        return cls.load(path if path is not None and path.is_file() else None)

    @classmethod
    def from_data(cls, data: dict) -> "Glossary":
        terms = [Term(str(en), str(row["ja"]), bool(row.get("org")), tuple(str(a) for a in row.get("also") or ()),
                      bool(row.get("program")))
                 for row in data.get("terms") or [] for en in row.get("en") or []]
        return cls(terms, {str(k): str(v) for k, v in (data.get("counters") or {}).items()})

    def counter(self, noun: str) -> str:
        """The Japanese counter of a counted English noun ("industries" -> 分野), "" when unknown."""
        return self.counters.get(noun.lower(), "")

    def name(self, term: str, lang: str) -> str:
        """``term`` in ``lang`` when the glossary has it whole, else ``term`` unchanged."""
        if lang != "ja":
            return term
        return self._ja.get(term.strip().strip("“”\"'").lower(), term)

    def find(self, text: str) -> list[str]:
        """The Japanese names of the terms ``text`` uses, in the order they appear, each once."""
        if self._pattern is None:
            return []
        names: list[str] = []
        for match in self._pattern.finditer(text):
            name = self._ja[match.group(0).lower()]
            if name not in names:
                names.append(name)
        return names

    def spellings(self, text: str) -> dict[str, tuple[str, ...]]:
        """Per term ``text`` uses (by its English spelling as written there), its Japanese spellings: the official
        name first, then the others users write."""
        out: dict[str, tuple[str, ...]] = {}
        if self._pattern is not None:
            for match in self._pattern.finditer(text):
                term = self._by_en[match.group(0).lower()]
                out.setdefault(match.group(0), (term.ja, *term.also))
        return out

    def english(self, ja: str) -> list[str]:
        """Every English spelling of the term whose Japanese name is ``ja``."""
        return [t.en for t in self.terms if t.ja == ja]

    def organisations(self, text: str) -> set[str]:
        """The organisations ``text`` names, in English or by their Japanese name (each as its Japanese name);
        the longest name wins ("Tokyo Chamber of Commerce and Industry" is not also "Tokyo")."""
        return set(self._organisations(text))

    def _named_organisations(self, text: str) -> frozenset[str]:
        found: set[str] = set()
        if self._pattern is not None:
            for match in self._pattern.finditer(text):
                term = self._by_en[match.group(0).lower()]
                if term.org:
                    found.add(term.ja)
        rest = text
        for ja in sorted({t.ja for t in self.terms if t.org}, key=len, reverse=True):
            if ja in rest:
                found.add(ja)
                rest = rest.replace(ja, " ")
        return frozenset(found)

    def programs(self) -> set[str]:
        """The Japanese names of the programs and their stages (``program: true``)."""
        return {t.ja for t in self.terms if t.program}

    def asks_kind(self, question: str) -> bool:
        """Whether ``question`` asks for things of a counted kind (fields, occupations, tasks: 分野, 職種, 作業):
        then a program is no such thing."""
        nouns = [n for n, c in self.counters.items() if c in ("分野", "職種", "作業")]
        ja = {c for n, c in self.counters.items() if n in nouns}
        return any(c in question for c in ja) or any(rx.search(rf"\b{re.escape(n)}\b", question, re.IGNORECASE)
                                                      for n in nouns)

    def named_in(self, question: str) -> set[str]:
        """The Japanese names of the terms ``question`` names, in English or by a Japanese spelling."""
        found = set(self.find(question))
        found |= {t.ja for t in self.terms if t.ja in question or any(a in question for a in t.also)}
        return found

    def as_asked(self, text: str, question: str) -> str:
        """``text`` (Japanese) with each official name the question writes by another spelling followed by that
        spelling: 中華人民共和国（中国） when the user wrote 中国, so the reply names what they asked about in
        their words; ``text`` unchanged otherwise."""
        done: set[str] = set()
        for term in self.terms:
            if term.ja in done or term.ja not in text or term.ja in question:
                continue
            # a short name (中国, 厚労省), not a phrase (日本にいる) nor a part of the official name (教育訓練給付)
            spelling = next((a for a in term.also if a in question and a not in text and a not in term.ja
                             and not rx.search(r"[ぁ-ん]", a)), None)
            if spelling:
                text = text.replace(term.ja, f"{term.ja}（{spelling}）")
                done.add(term.ja)
        return text

    def known(self, text: str) -> bool:
        return self.name(text, "ja") != text


@functools.lru_cache(maxsize=8)
def _load(path: str) -> Glossary:
    with open(path, encoding="utf-8") as fh:
        return Glossary.from_data(parse_yaml(fh.read()) or {})
