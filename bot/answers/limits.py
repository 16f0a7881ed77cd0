"""Limits that answer yes/no questions: when a question asks "can X / is X eligible / 〜できますか" and a unit of the
retrieved documents excludes X, limits something to a group, or says a step is needed separately, the reply
opens with that answer in its own language, naming X ("No: the documents exclude industry associations";
資料では、業界団体は対象外とされています).

The question patterns and the limit patterns are data (knowledge/answer_types.yaml, ``yes_no``); the words are in
the response catalogs (``knowledge.limit.<kind>``); Japanese names come from the glossary.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

import Stemmer

from bot.answers.glossary import Glossary
from bot.answers.types import DEFAULT_PATH, read_answer_types_file

EXCLUDE, SEPARATELY, ONLY = "exclude", "separately", "only"
# Words of an excluded item that name no group by themselves ("and", "other").
_FILLER = set("a an the and or of other others any all those who whose which that with in on for to by".split())
_WORD = re.compile(r"[a-z][a-z'-]+")


@dataclass(frozen=True)
class Limit:
    """A limit a unit states that answers the question: its kind, what it is about (in the source's words, and
    by its Japanese names when the glossary has them), whom a separate step is with."""

    kind: str
    unit: str  # the unit's text (quoted)
    x: str  # what the limit is about, in the source's words
    x_ja: tuple[str, ...] = ()
    with_: str = ""
    with_ja: tuple[str, ...] = ()


class Limits:
    """Yes/no question patterns and limit patterns (knowledge/answer_types.yaml ``yes_no``)."""

    def __init__(self, question: tuple[re.Pattern[str], ...], limits: dict[str, tuple[re.Pattern[str], ...]],
                 glossary: Glossary | None = None, connectives: re.Pattern[str] | None = None) -> None:
        self.connectives = connectives
        self.question = question
        self.limits = limits
        self.glossary = glossary or Glossary.load()

    @classmethod
    def load(cls, path: Path | None = None, glossary: Glossary | None = None) -> "Limits":
        data = read_answer_types_file(str(path or DEFAULT_PATH)).get("yes_no") or {}
        question = tuple(re.compile(p, re.IGNORECASE) for values in (data.get("question") or {}).values()
                         for p in values or [])
        limits = {kind: tuple(re.compile(p, re.IGNORECASE) for p in patterns or [])
                  for kind, patterns in (data.get("limits") or {}).items()}
        connectives = re.compile(data["connectives"], re.IGNORECASE) if data.get("connectives") else None
        return cls(question, limits, glossary, connectives)

    def asks_yes_no(self, question: str) -> bool:
        return any(p.search(question) for p in self.question)

    def find(self, question: str, units: list[str], quoted: set[str] | frozenset[str] = frozenset()) -> Limit | None:
        """The first limit among ``units`` (best first) that answers the yes/no ``question``: an exclusion of an
        item the question names, a separate step about a term the question names, a restriction of a quoted
        unit. None when the question asks no yes/no or no unit limits what it asks about."""
        if not self.asks_yes_no(question):
            return None
        for text in units:
            for kind, patterns in self.limits.items():
                for pattern in patterns:
                    for match in pattern.finditer(text):
                        found = self._answers(kind, match, text, question, text in quoted)
                        if found is not None:
                            return found
        return None

    def _answers(self, kind: str, match: re.Match[str], text: str, question: str, quoted: bool) -> Limit | None:
        groups = {k: (v or "").strip(" ,") for k, v in match.groupdict().items()}
        x, with_ = groups.get("x", ""), groups.get("with", "")
        if self.connectives is not None:
            x = self.connectives.sub("", x)
        if kind == EXCLUDE:
            whole = list(self.glossary.spellings(x)) == [x]  # one term: "Fundamental and basic IT skill courses"
            for item in ([x] if whole else [*_items(x), x]):
                if self.names(question, item):
                    return Limit(kind, text, item, self._ja(item), "", ())
            return None
        if kind == SEPARATELY:
            named = any(self.names(question, term) for term in self.glossary.spellings(text))
            if not named:
                return None
            return Limit(kind, text, x, self._ja(x), with_, self._ja(with_))
        if kind == ONLY and quoted and x:
            return Limit(kind, text, x, self._ja(x), "", ())
        return None

    def _ja(self, text: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(spellings[0] for spellings in self.glossary.spellings(text).values()))

    def names(self, question: str, item: str) -> bool:
        """Whether ``question`` names ``item`` (English words of the source): by the item's content words (each
        stem of the item's own words, or most of them for a long item), or by a spelling (Japanese or English) of
        a glossary term in it."""
        lowered = question.lower()
        for spellings in self.glossary.spellings(item).values():
            if any(s and s in question for s in spellings):
                return True
            english = self.glossary.english(spellings[0])
            if any(re.search(rf"(?<![\w-]){re.escape(e.lower())}(?![\w-])", lowered) for e in english):
                return True
        own = [_stem(w) for w in _WORD.findall(item.lower()) if w not in _FILLER]
        asked = {_stem(w) for w in _WORD.findall(question.lower())}
        hits = sum(w in asked for w in own)
        # every word of a short item ("industry associations"), most words of a long one ("basic IT course" for
        # "Fundamental and basic IT skill courses")
        return bool(own) and (hits == len(own) or (hits >= 2 and 2 * hits >= len(own)))


def _items(x: str) -> list[str]:
    """The items of an enumeration: "industry associations, non-profit organizations, and local governments"."""
    parts = re.split(r",\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+|、|および|及び|や", x)
    return [p.strip(" .") for p in parts if p.strip(" .")]


_STEMMERS = threading.local()  # PyStemmer objects must not be shared between threads (as in bot/query.py)


def _stem(word: str) -> str:
    """The English stem of ``word`` by the project's stemmer (PyStemmer's Snowball English, as the retriever's
    analyzer uses it): "associations" and "association", "governments" and "government" are one word."""
    stemmer = getattr(_STEMMERS, "stemmer", None)
    if stemmer is None:
        stemmer = _STEMMERS.stemmer = Stemmer.Stemmer("english")
    return stemmer.stemWord(word)
