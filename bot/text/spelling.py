"""Typo tolerance for English messages: a word that is not known and is one edit (a swap of two neighbouring
letters, one letter added, dropped or changed) away from exactly one known word is read as that word
("empolyees" -> "employees", "Intenrship" -> "Internship").

A typo is read only as a domain word (``targets``: the documents, the domain vocabulary, the language pack's
own words, country and language names); an ordinary English word (pyspellchecker's word list, ``known``) is
never changed, so "leaving" stays "leaving" though "leading" is in the documents. The edit distance is
RapidFuzz's optimal string alignment. Guards: only words of letters are touched (never a number
or a code such as "N3" or "FY2024"; each part of a hyphenated word is a word), never a word shorter than
``min_length``, never a known word, and never when two domain words are equally near.
"""

from __future__ import annotations

import re
import functools
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet

from rapidfuzz import process
from rapidfuzz.distance import OSA

_WORD = re.compile(r"(?<![\w'’.])[A-Za-z]+(?![\w'’])")


class Speller:
    """``correct(text)`` reads each unknown word as its one near known word (see the module docstring)."""

    def __init__(self, targets: Iterable[str], *, known: Callable[[], AbstractSet[str]] | AbstractSet[str] = frozenset(),
                 min_length: int = 6, max_distance: int = 1) -> None:
        """``known``: the ordinary words, or a function that loads them (called once, at the first word that
        is near a target, so building a Speller costs nothing)."""
        self.min_length = min_length
        self.max_distance = max_distance
        self.words = {w.lower() for w in targets if w.isascii() and w.isalpha()}
        # a dropped letter makes a typo one shorter than its word: targets may be that much shorter
        self.targets = sorted(w for w in self.words if len(w) >= min_length - max_distance)
        self._known = known

    @property
    def known(self) -> AbstractSet[str]:
        if callable(self._known):
            self._known = self._known()
        return self._known

    def correct_word(self, word: str) -> str:
        lower = word.lower()
        if len(word) < self.min_length or lower in self.words or not self.targets:
            return word
        near = process.extract(lower, self.targets, scorer=OSA.distance, score_cutoff=self.max_distance, limit=2)
        if not near or (len(near) > 1 and near[1][1] == near[0][1]):
            return word  # nothing near, or two domain words equally near: leave it as typed
        if lower in self.known:
            return word  # an ordinary word ("leaving" is not "leading")
        fixed = near[0][0]
        if word.isupper():
            return fixed.upper()
        return fixed[:1].upper() + fixed[1:] if word[:1].isupper() else fixed

    def correct(self, text: str) -> str:
        return _WORD.sub(lambda m: self.correct_word(m.group(0)), text)


def words_of(text: str) -> list[str]:
    """The words of letters in ``text`` (to build a Speller's known words from documents and data)."""
    return re.findall(r"[A-Za-z]{2,}", text)


@functools.lru_cache(maxsize=4)
def dictionary_words(language: str = "en") -> frozenset[str]:
    """The ordinary words of ``language`` (pyspellchecker's frequency list): words that are never corrected."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language=language).word_frequency.keys())
