"""Country and nationality names as people write them, in any language, found in free text.

Names come from data only: CLDR territory names in every locale the bot speaks (through babel), ISO 3166
names (pycountry), the DAC list and the alias table of knowledge/rules/, and the demonyms of the language
packs (knowledge/nlu/<lang>.yaml). Longer names win over the names they contain, so インドネシア is never
read as インド, and "South Sudan" never as "Sudan".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.text import rx
from bot.text.language import has_cjk

LOCALES = ("en", "ja")


@dataclass(frozen=True)
class Mention:
    """One country name in a text: where it is, what was written and which country(ies) it means."""

    iso3: str
    name: str  # the name the tools know (the DAC list's spelling when the country is on it)
    start: int
    end: int
    surface: str
    ambiguous: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def _cldr_and_iso() -> tuple[dict[str, str], dict[str, str]]:
    """(name -> ISO3, ISO3 -> English display name) from pycountry and babel's CLDR data."""
    import pycountry
    from babel import Locale

    names: dict[str, str] = {}
    display: dict[str, str] = {}
    alpha2 = {}
    for country in pycountry.countries:
        alpha2[country.alpha_2] = country.alpha_3
        display[country.alpha_3] = getattr(country, "common_name", None) or country.name
        for label in (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)):
            if label:
                names.setdefault(label, country.alpha_3)
    for locale_name in LOCALES:
        territories = Locale.parse(locale_name).territories
        for code, label in territories.items():
            iso3 = alpha2.get(code)
            if iso3 is None:
                continue
            names.setdefault(label, iso3)
            base = rx.sub(r"\s*[(（].*?[)）]\s*", "", label).strip()  # "ミャンマー (ビルマ)" -> "ミャンマー"
            if base:
                names.setdefault(base, iso3)
            for inner in rx.findall(r"[(（](.*?)[)）]", label):
                if len(inner) > 1:
                    names.setdefault(inner.strip(), iso3)
    return names, display


class CountryResolver:
    """Finds country and nationality names in text; built once from the rule book and the language packs."""

    def __init__(self, rules, demonyms: Mapping[str, str] | None = None) -> None:
        cldr, display = _cldr_and_iso()
        self._display = dict(display)
        dac = {c.iso3: c.name for c in rules.dac}
        self._display.update(dac)
        self._names: dict[str, tuple[str, ...]] = {}
        self._labels: set[str] = set()
        # the words of each country's names ("south" of "South Korea"): a word beside an ambiguous name that only one
        # of its countries has in a name picks that one ("korean passport (south)", "south korean")
        self._words: dict[str, set[str]] = {}
        for label, iso3 in cldr.items():
            self._add(label, (iso3,))
            self._words.setdefault(iso3, set()).update(w.lower() for w in rx.findall(r"[^\W\d_]+", label))
        for country in rules.dac:
            self._add(country.name, (country.iso3,), override=True)
        for alias in rules.aliases:
            self._add(alias.alias, tuple(alias.candidates), override=True)
        for word, iso3 in (demonyms or {}).items():
            self._add(word, (iso3,))
        # acronyms ("US", "UK", "DRC") match only in capitals: "us" and "uk" are also plain words
        self._acronyms = {label.strip() for label in self._labels if label.strip().isupper() and len(label.strip()) <= 4}
        latin = [n for n in self._names if not has_cjk(n) and n.upper() not in self._acronyms]
        cjk = [n for n in self._names if has_cjk(n)]
        by_length = lambda names: sorted(names, key=len, reverse=True)  # noqa: E731 - longest first
        self._latin = rx.compile(
            # a plural demonym ("Kenyans", "Nepalis", "Filipinos") names the country too
            r"(?<![\w'])(" + "|".join(re.escape(n) for n in by_length(latin)) + r")(?:(?<=an)s|(?<=i)s|(?<=o)s)?(?![\w'])",
            re.I,
        )
        # a continent's part ("ラテンアメリカ", "南アメリカ", "中央アメリカ") is no country; a country's own name that starts
        # so (南アフリカ, 北朝鮮) is matched whole. (Katakana before a name is no boundary: a message in hiragana is read in
        # katakana, "わたしはべとなむじんです" -> "ワタシハベトナムジンデス".)
        self._cjk = rx.compile(r"(?<!ラテン)(?<![南北央])(" + "|".join(re.escape(n) for n in by_length(cjk)) + ")")
        self._upper = rx.compile(r"(?<![\w'])(" + "|".join(re.escape(n) for n in by_length(self._acronyms)) + r")(?![\w'])")

    def _add(self, label: str, iso3s: tuple[str, ...], override: bool = False) -> None:
        key = label.strip().lower()
        if len(key) < 2:
            return
        self._labels.add(label)
        if override or key not in self._names:
            self._names[key] = iso3s

    def name_of(self, iso3: str) -> str:
        return self._display.get(iso3, iso3)

    def mentions(self, text: str) -> list[Mention]:
        """Every country name in ``text``, in order, longest match first at each place."""
        found: list[Mention] = []
        for pattern in (self._latin, self._cjk, self._upper):
            for match in pattern.finditer(text):
                surface = match.group(1)
                iso3s = self._names[surface.lower()]
                picked = self._qualified(text, match.start(), match.end(), iso3s) if len(iso3s) > 1 else None
                city = self._city_qualified(text, match.end(), iso3s) if picked is None else None
                picked = city or picked
                if picked is not None:
                    found.append(Mention(iso3=picked, name=self.name_of(picked), start=match.start(),
                                         end=match.end(), surface=surface))
                elif len(iso3s) > 1:
                    found.append(Mention(iso3="", name=surface, start=match.start(), end=match.end(),
                                         surface=surface, ambiguous=iso3s))
                else:
                    found.append(Mention(iso3=iso3s[0], name=self.name_of(iso3s[0]), start=match.start(),
                                         end=match.end(), surface=surface))
        return sorted(found, key=lambda m: m.start)

    def _qualified(self, text: str, start: int, end: int, iso3s: tuple[str, ...]) -> str | None:
        """The one of ``iso3s`` a word right beside the name picks: before it ("south korean") or after it, in
        brackets or not, past a noun ("korean passport (south)"), when only that country has the word in a name."""
        before = rx.search(r"([^\W\d_]+)[\s-]+$", text[max(0, start - 12):start])
        after = rx.match(r"(?:\s+[^\W\d_]+)?\s*[(（,-]\s*([^\W\d_]+)\s*[)）]?", text[end:end + 30])
        for word in [m.group(1).lower() for m in (before, after) if m]:
            having = [iso3 for iso3 in iso3s if word in self._words.get(iso3, set())]
            if len(having) == 1 and not all(word in self._words.get(i, set()) for i in iso3s):
                return having[0]
        return None

    def _city_qualified(self, text: str, end: int, iso3s: tuple[str, ...]) -> str | None:
        """The country a city named right after the name picks ("congolese (kinshasa)", "congo-brazzaville"): one of
        ``iso3s``, or a country whose names share a distinctive word with the one named ("Congo" in both the Republic
        of the Congo and the Democratic Republic of the Congo). None when no city is named there or it is elsewhere."""
        after = rx.match(r"\s*[(（]\s*([^()（）\d]{2,40}?)\s*[)）]|\s*[-–,]\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)", text[end:end + 44])
        if after is None:
            return None
        from bot.text.places import find_city

        words = (after.group(1) or after.group(2) or "").strip()
        city = find_city(words) or (find_city(words.split()[0]) if after.group(2) else None)
        iso3 = self._alpha3(city.country) if city is not None else None
        if iso3 is None or iso3 in iso3s and len(iso3s) == 1:
            return None
        if iso3 in iso3s:
            return iso3
        own = set().union(*(self._words.get(i, set()) for i in iso3s))
        shared = {w for w in own & self._words.get(iso3, set()) if len(w) > 3 and self._rarity(w) <= 4}
        return iso3 if shared else None

    @functools.cached_property
    def _word_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for words in self._words.values():
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        return counts

    def _rarity(self, word: str) -> int:
        """How many countries have ``word`` in a name ("congo": 2, "republic": many)."""
        return self._word_counts.get(word, 0)

    @staticmethod
    def _alpha3(alpha2: str) -> str | None:
        import pycountry

        country = pycountry.countries.get(alpha_2=alpha2)
        return country.alpha_3 if country is not None else None

    def lookup(self, name: str) -> str | None:
        """The ISO3 code of one name as written, or None."""
        iso3s = self._names.get(name.strip().lower())
        return iso3s[0] if iso3s and len(iso3s) == 1 else None


@functools.lru_cache(maxsize=1)
def _folded_names() -> dict[str, str]:
    return {label.strip().casefold(): iso3 for label, iso3 in _cldr_and_iso()[0].items()}


def iso3_of_name(name: str) -> str | None:
    """The ISO3 code of a country named exactly (any case) by CLDR in a locale the bot speaks or by ISO 3166
    ("Vietnam", "Viet Nam", "ベトナム", "中国"), or None. For whole names, not for finding names in text."""
    return _folded_names().get(name.strip().casefold())


def demonym_table(rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    return {word: iso3 for word, iso3 in rows}
