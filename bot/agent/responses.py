"""The response catalog: every sentence a user reads, per language (knowledge/responses/<lang>.yaml).

Templates are Jinja2 with StrictUndefined (a missing value is an error, never an empty hole), rendered with
the rule book in their context (``rules``), so no rule value (a date, an amount, a fiscal-year range, a share)
is written by hand in prose.
"""

from __future__ import annotations

import functools
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from jinja2 import Environment, StrictUndefined

from bot.datafile import parse_yaml
from bot.text import rx

LANGUAGES = ("en", "ja")


def _num(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) else str(value)


def _pct(value: Any) -> str:
    """A share in percent as users write it: 60.0 -> "60", 33.333 -> "33.3". A value written as text (a
    document's own figure) keeps its digits and loses only a trailing ".0". Every template that renders a
    share uses this filter (tests/answers/test_percent_render.py)."""
    if isinstance(value, str):
        text = value.strip()
        return rx.sub(r"(\d)\.0+$", r"\1", text)
    number = Decimal(repr(float(value)))
    if number == number.to_integral_value():
        return str(int(number))
    # one decimal rounded half up as a person rounds (31.25 -> 31.3, 33.333 -> 33.3), never half to even (31.2)
    shown = number.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return format(shown.normalize(), "f") if shown != shown.to_integral_value() else str(int(shown))


def _share_pct(value: Any) -> str:
    return _pct(float(Fraction(value)) * 100) if not isinstance(value, (int, float)) else _pct(value * 100)


_FRACTION_WORDS = {(1, 2): "one half", (1, 3): "one third", (2, 3): "two thirds", (1, 4): "one quarter",
                   (3, 4): "three quarters"}


def _share_words(value: Any) -> str:
    """A share in English words (1/3 -> "one third"), else as a fraction (2/5)."""
    exact = value if isinstance(value, Fraction) else Fraction(str(value))
    return _FRACTION_WORDS.get((exact.numerator, exact.denominator), f"{exact.numerator}/{exact.denominator}")


def _date_en(value: Any) -> str:
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    return f"{day.day} {day:%B %Y}"


def _date_ja(value: Any) -> str:
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    return f"{day.year}年{day.month}月{day.day}日"


def _fraction(value: Any) -> str:
    exact = Fraction(str(value)) if not isinstance(value, Fraction) else value
    return str(exact.numerator) if exact.denominator == 1 else f"{float(exact):g}"


def _month_en(value: Any) -> str:
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    return f"{day:%B %Y}"


def _hours(value: Any) -> str:
    return f"{float(value):g}"


def _fy(value: Any) -> str:
    return f"FY{value}"


@functools.lru_cache(maxsize=512)
def _country_ja(iso3: str) -> str:
    import pycountry
    from babel import Locale

    country = pycountry.countries.get(alpha_3=iso3) if iso3 else None
    if country is None:
        return iso3
    return Locale.parse("ja").territories.get(country.alpha_2, iso3)


class Responses:
    """Loaded once; ``say(key, lang, **values)`` renders one entry."""

    def __init__(self, responses_dir: Path, rules: Any, glossary: Any = None) -> None:
        """``glossary``: the official names of terms per language (bot/answers/glossary.py); by default the
        ``glossary.yaml`` of the knowledge folder the catalogs are in (the repository's when it has none). The
        reference translations of the documents (bot/answers/translation.py) and the answer types
        (knowledge/answer_types.yaml) come from the same folder."""
        from bot.answers.glossary import Glossary
        from bot.answers.translation import Translations
        from bot.answers.types import AnswerTypes

        self.rules = rules
        knowledge_dir = Path(responses_dir).parent
        self.glossary = glossary if glossary is not None else Glossary.for_knowledge(knowledge_dir)
        self.translations = Translations.for_knowledge(knowledge_dir)
        self.answer_types = AnswerTypes.for_knowledge(knowledge_dir)
        self.catalogs: dict[str, dict[str, Any]] = {}
        for lang in LANGUAGES:
            path = Path(responses_dir) / f"{lang}.yaml"
            if path.is_file():
                self.catalogs[lang] = parse_yaml(path.read_text(encoding="utf-8")) or {}
        if "en" not in self.catalogs:
            raise FileNotFoundError(f"no English response catalog in {responses_dir}")
        self.env = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
        self.env.filters.update(num=_num, pct=_pct, share_pct=_share_pct, share_words=_share_words, date=_date_en, date_ja=_date_ja, fy=_fy, hours=_hours, fraction=_fraction, month=_month_en,
                                country=_country_ja)
        self._compiled: dict[tuple[str, str], Any] = {}

    def has(self, key: str, lang: str) -> bool:
        return self._lookup(key, lang) is not None

    def _lookup(self, key: str, lang: str) -> Any:
        node: Any = self.catalogs.get(lang, {})
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return node

    def entry(self, key: str, lang: str) -> Any:
        found = self._lookup(key, lang)
        if found is None and lang != "en":
            found = self._lookup(key, "en")
        if found is None:
            raise KeyError(f"no response {key!r} in the {lang} catalog")
        return found

    def say(self, key: str, lang: str = "en", **values: Any) -> str:
        lang = lang if lang in self.catalogs else "en"
        source = self.entry(key, lang)
        if not isinstance(source, str):
            raise KeyError(f"response {key!r} is a group, not a sentence")
        compiled = self._compiled.get((lang, key))
        if compiled is None:
            compiled = self.env.from_string(source)
            self._compiled[(lang, key)] = compiled
        context = {"rules": self.rules, **self._extras(lang), **values}
        return compiled.render(**context).strip()

    @functools.lru_cache(maxsize=4)  # noqa: B019 - one Responses per process; keyed by language
    def _extras(self, lang: str) -> dict[str, Any]:
        catalog = self.catalogs.get(lang, {})
        kinds = catalog.get("limit_kind") or {}
        limits = {}
        for limit in getattr(getattr(self.rules, "training_time", None), "limits", []) or []:
            words = self.env.from_string(str(kinds.get(limit.kind, "{{ pct }}%")))
            limits[limit.id] = words.render(pct=_share_pct(limit.share))
        return {
            "category": catalog.get("category") or {},
            "criterion": {k: self.env.from_string(str(v)).render(rules=self.rules)
                          for k, v in (catalog.get("criterion") or {}).items()},
            "limits": limits,
        }

    def value(self, value: Any, lang: str) -> str:
        """A slot value in words (yes / no / none / the value)."""
        if value is None:
            return self.say("value.not_given", lang)
        if isinstance(value, bool):
            return self.say("value.yes" if value else "value.no", lang)
        if isinstance(value, list):
            return ", ".join(f"FY{v}" for v in value) or self.say("value.none", lang)
        if isinstance(value, str) and self.has(f"value.{value}", lang):
            return self.say(f"value.{value}", lang)
        if isinstance(value, float) and round(value, 2) != round(value, 9):
            # a figure no short decimal writes (5 h 20 min is 5.333333333333333 h): shown to the hundredth, marked
            # as rounded (the calculator used the whole figure)
            return f"≈{value:.2f}"
        return str(value).replace("_", " ")


def default_responses() -> Any:
    """The response catalog for callers that pass none: the configured knowledge folder's (BOT_KNOWLEDGE_DIR)
    when it has one, else the repository's. The Bot and the CLI pass their own catalog."""
    global _DEFAULT
    if _DEFAULT is None:
        from bot.rules import RuleBook
        from bot.settings import Settings

        try:
            root = Path(Settings().knowledge_dir)
        except ValueError:  # an invalid setting is reported where settings are loaded; words still come
            root = Path("")
        if not (root / "responses" / "en.yaml").is_file() or not (root / "rules").is_dir():
            root = Path(__file__).resolve().parents[2] / "knowledge"
        _DEFAULT = Responses(root / "responses", RuleBook.load(root / "rules"))
    return _DEFAULT


_DEFAULT: Any = None
