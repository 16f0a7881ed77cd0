"""Match a nationality as people write it ("Vietnam", "viet nam", "VNM", "Côte d'Ivoire", "Filipino", "ベトナム")
to the DAC list of knowledge/rules/, and tell a real country that is not on it ("France") from a name
we cannot recognise (a typo), which gets a "did you mean" suggestion instead of a verdict.
"""

from __future__ import annotations

import difflib
import functools
import unicodedata
from typing import Literal

from pydantic import BaseModel

from bot.rules import RuleBook
from bot.text import rx
from bot.text.countries import iso3_of_name

MatchKind = Literal["dac_name", "iso3", "alias", "iso_country", "ambiguous", "unrecognised"]


class NationalityMatch(BaseModel):
    given: str
    kind: MatchKind
    iso3: str | None = None
    name: str | None = None
    on_dac_list: bool = False
    candidates: list[str] = []
    suggestions: list[str] = []
    rule_ids: list[str] = []


def normalise(text: str) -> str:
    """Lower case, no accents, '&' -> 'and', punctuation -> spaces, no leading 'the'; letters of other scripts are
    kept (a Japanese alias such as アメリカ is its own key, never the empty one)."""
    kept: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        if not (unicodedata.combining(ch) and kept and kept[-1].isascii()):  # "Côte" -> "cote"; ベ stays ベ
            kept.append(ch)
    plain = unicodedata.normalize("NFC", "".join(kept)).lower()
    plain = plain.replace("&", " and ").replace("’", "'").replace("'", "")
    plain = rx.sub(r"[\W_]+", " ", plain).strip()
    return rx.sub(r"^the ", "", plain)


@functools.lru_cache(maxsize=1)  # ISO 3166 names are constant library data: index them once per process
def _iso_countries() -> dict[str, tuple[str, str]]:
    """normalised name / ISO3 -> (ISO3, display name) for every ISO 3166 country (pycountry's data)."""
    import pycountry  # imported when first needed: the data set is only read for unusual names

    index: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        display = getattr(country, "common_name", None) or country.name
        for label in (country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)):
            if label:
                index.setdefault(normalise(label), (country.alpha_3, display))
        index.setdefault(normalise(country.alpha_3), (country.alpha_3, display))
    return index


class CountryMatcher:
    """Built once per rule book; matching is a few dictionary look-ups."""

    def __init__(self, rules: RuleBook) -> None:
        self._rules = rules
        self._dac = {c.iso3: c for c in rules.dac}
        self._by_name = {normalise(c.name): c.iso3 for c in rules.dac}
        self._by_iso3 = {c.iso3.lower(): c.iso3 for c in rules.dac}
        self._aliases = {normalise(a.alias): a for a in rules.aliases}
        self._iso_index: dict[str, tuple[str, str]] | None = None

    def _iso(self) -> dict[str, tuple[str, str]]:
        if self._iso_index is None:
            self._iso_index = _iso_countries()
        return self._iso_index

    def name_of(self, iso3: str) -> str:
        if iso3 in self._dac:
            return self._dac[iso3].name
        for code, display in self._iso().values():
            if code == iso3:
                return display
        return iso3

    def match(self, given: str) -> NationalityMatch:
        key = normalise(given)
        if key in self._by_name:
            return self._found(given, "dac_name", self._by_name[key], [])
        if key in self._by_iso3:
            return self._found(given, "iso3", self._by_iso3[key], [])
        alias = self._aliases.get(key)
        if alias is not None:
            if alias.kind == "ambiguous":
                return NationalityMatch(
                    given=given, kind="ambiguous", candidates=[self.name_of(c) for c in alias.candidates],
                    rule_ids=[alias.id],
                )
            return self._found(given, "alias", alias.iso3, [alias.id])
        iso = self._iso().get(key)
        if iso is not None:
            return self._found(given, "iso_country", iso[0], [])
        cldr = iso3_of_name(given)  # a name in another language (ベトナム, 中国): CLDR's names of every locale
        if cldr is not None:
            return self._found(given, "iso_country", cldr, [])
        # suggest by country, not by spelling: "Vietnan" -> "Viet Nam" once, not also "Vietnam"
        iso_of = {normalise(c.name): c.iso3 for c in self._rules.dac}
        iso_of.update({normalise(a.alias): a.iso3 for a in self._rules.aliases if a.kind != "ambiguous"})
        suggestions: list[str] = []
        for close in difflib.get_close_matches(key, list(iso_of), n=5, cutoff=0.75):
            name = self.name_of(iso_of[close])
            if name not in suggestions:
                suggestions.append(name)
        return NationalityMatch(given=given, kind="unrecognised", suggestions=suggestions[:3])

    def _found(self, given: str, kind: MatchKind, iso3: str, rule_ids: list[str]) -> NationalityMatch:
        on_list = iso3 in self._dac
        ids = [*rule_ids, self._dac[iso3].id] if on_list else rule_ids
        return NationalityMatch(
            given=given, kind=kind, iso3=iso3, name=self.name_of(iso3), on_dac_list=on_list, rule_ids=ids
        )
