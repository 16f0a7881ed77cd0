"""Read a number exactly as the user typed it, or say why it cannot be read.

"45", "1,200" and "12.5" are read; "-5" (negative), "1e3" (exponent), "41-50", "41 to 50" and "40+" (a range),
"1/2" or "40ish" (unreadable) and "3.5" where a whole number is needed are reported with a reason code instead
of being silently changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Literal

from bot.text import rx

Reason = Literal["negative", "exponent", "range", "not_whole", "unreadable"]

_PLAIN = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class ReadNumber:
    text: str
    value: int | float | None = None
    reason: Reason | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


def whole_or_float(value: float) -> int | float:
    """A number as it is best shown and passed on: 60.0 is 60, 12.5 stays 12.5."""
    return int(value) if float(value).is_integer() else value

def read_number(text: str, *, whole: bool = False) -> ReadNumber:
    """The number in ``text`` (already NFKC-normalised), or the reason it cannot be used as typed."""
    raw = text.strip()
    compact = raw.replace(" ", "")
    if rx.search(r"\d\s*(?:[-~〜–—]|to|and)\s*\d", raw, re.I) or rx.fullmatch(r"[\d.,]+\s*\+", raw):
        return ReadNumber(raw, reason="range")  # "41-50", "41 to 50", "40 and 55", "40+": one number is needed
    if compact.startswith(("-", "−")):
        return ReadNumber(raw, reason="negative")
    compact = compact.lstrip("+")
    if compact.endswith("%"):
        return ReadNumber(raw, reason="unreadable")  # a share where a count is expected
    if rx.search(r"\d[eE][-+]?\d", compact):
        return ReadNumber(raw, reason="exponent")
    if not _PLAIN.match(compact):
        return ReadNumber(raw, reason="unreadable")
    try:
        number = Decimal(compact.replace(",", ""))
    except InvalidOperation:
        return ReadNumber(raw, reason="unreadable")
    if number == number.to_integral_value():
        return ReadNumber(raw, value=int(number))
    if whole:
        return ReadNumber(raw, reason="not_whole")
    return ReadNumber(raw, value=float(number))


def words_to_digits(text: str, *, units: str = "", language: str = "en") -> str:
    """``text`` with number words written as digits ("forty-five" -> "45"; text2num's alpha2digit).

    alpha2digit leaves lone small numbers ("two") alone so that "one of them" stays prose; ``units`` (a regex of
    unit nouns: days, weeks, employees ...) makes a small number word before a unit a number too ("two weeks").
    A hyphen between a number and its unit ("thirty-hour") is read as a space first.
    """
    from text_to_num import (
        alpha2digit,  # a maintained parser for number words (text2num)
    )

    if units:
        text = rx.sub(r"(?<=[A-Za-z0-9])-(?=(?:" + units + r")\b)", " ", text, flags=re.I)
    # "one thousand, one hundred" is one number (a comma after a scale word does not end it)
    text = rx.sub(r"\b(thousand|million|billion),\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                  r"eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)\b)",
                  r"\1 ", text, flags=re.I)
    out = alpha2digit(text, language)
    if units:
        small = {"a": 1, "an": 1, "zero": 0, "one": 1, "two": 2, "three": 3, "a couple of": 2}
        pattern = r"\b(zero|one|two|three)\s+(?=(?:" + units + r")\b)"
        out = rx.sub(pattern, lambda m: f"{small[m.group(1).lower()]} ", out, flags=re.I)
    return out


def listed_words_as_digits(text: str, word: str, values: dict[str, str], other: str, stop: str,
                           flags: int = 0) -> str:
    """``text`` with the number words that count one group of a list of counts written as digits: "Factory floor 24
    people, office 5, and one sales guy" -> "... and 1 sales guy", 「工場24人、事務5人、営業一人」 -> 「…営業1人」.

    ``word`` matches such a word where a group's count stands (group "word": after a list's comma or "and", before a
    word for people or a job); ``values`` gives each word's digits (lower-cased; with its counter where the word holds
    one: 「ひとり」 -> "1人"); ``other`` is another count, which
    must be in the same sentence (ended by ``stop``), so that a lone "one driver" or 「一人で」 stays prose.
    """
    out = text
    for match in reversed(list(rx.finditer(word, text, flags))):
        value = values.get(match.group("word").lower())
        if value is None:
            continue
        ends = [m.end() for m in rx.finditer(stop, text[:match.start("word")], flags)]
        start = ends[-1] if ends else 0
        after = rx.search(stop, text[match.end("word"):], flags)
        end = match.end("word") + after.start() if after else len(text)
        sentence = text[start:match.start("word")] + " " * (match.end("word") - match.start("word")) + text[
            match.end("word"):end]
        if not rx.search(other, sentence, flags):
            continue  # no other count beside it: no list of counts
        out = out[:match.start("word")] + value + out[match.end("word"):]
    return out


# a number and the same number again in brackets, a unit word on one side or the same on both ("four hundred thirty
# (430)" once read as words, "四百三十人（430人）" once read as kanji): the second is the first written again, not another
# count. Different unit words ("30 employees (30 people)") are left as written
_SAME_AGAIN = re.compile(
    r"(?<![\d.,])(?P<a>\d[\d,]*(?:\.\d+)?)(?P<u1>\s*[^\W\d_]{1,12})?\s*[(（]\s*(?P<b>\d[\d,]*(?:\.\d+)?)"
    r"(?P<u2>\s*[^\W\d_]{1,12})?\s*[)）]")


def same_number_once(text: str) -> str:
    """``text`` with a number written again in brackets kept once: "430 (430) employees" -> "430 employees",
    "430(430人)" -> "430人". Brackets with another number ("430 (21 of them part-time)") stay as written."""

    def _once(match: re.Match[str]) -> str:
        first, again = match.group("a").replace(",", ""), match.group("b").replace(",", "")
        u1, u2 = match.group("u1") or "", match.group("u2") or ""
        if float(first) != float(again) or (u1 and u2 and u1.strip().lower() != u2.strip().lower()):
            return match.group(0)
        return match.group("a") + (u1 or u2)

    return _SAME_AGAIN.sub(_once, text)


def strip_ordinal(text: str, *, before: str) -> str:
    """ "our 301st employee" -> "our 301 employee" where an ordinal counts the nouns matched by ``before``."""
    return rx.sub(r"\b(\d+)(?:st|nd|rd|th)\b(?=\s+(?:" + before + r")\b)", r"\1", text, flags=re.I)


def kanji_to_digits(text: str, pattern: str, keep: Iterable[str] = ()) -> str:
    """Kanji numerals matched by ``pattern`` (group "value") as digits: "四十五人" -> "45人" (kanjize).

    A numeral inside one of the ``keep`` words (place names: "四日市", "八王子") is part of the name, left as written.
    """
    from kanjize import kanji2number

    kept = [m.span() for word in keep if word for m in rx.finditer(re.escape(word), text)]

    def _digits(match: re.Match[str]) -> str:
        if any(start < match.end() and match.start() < end for start, end in kept):
            return match.group(0)
        try:
            return str(kanji2number(match.group("value")))
        except (ValueError, KeyError, IndexError):
            return match.group(0)  # not a numeral kanjize can read: left as written

    return rx.sub(pattern, _digits, text)


def read_share(text: str, units: dict[str, float | int], words: dict[str, float | int | str] | None = None,
               fractions: Iterable[str] = ()) -> Fraction | None:
    """A share as typed, in percent, exactly (a Fraction), or None when ``text`` is not one.

    ``units`` maps a unit (a regex: "%", "percent", "割", "分") to the percent one of it is worth; a share may chain
    units ("2割5分" is 20 + 5); ``words`` maps a word share (a regex: "half", "半分", "two thirds") to its percent, a
    number or a fraction written "200/3"; ``fractions`` are patterns of a fraction in figures (groups "num" and "den":
    "2/3", 「3分の2」), its percent num × 100 / den. Every number in it must be read exactly
    (bot.text.numbers.read_number); anything else in ``text`` makes it no share.
    """
    raw = text.strip()
    for word, percent in (words or {}).items():
        if rx.fullmatch(word, raw, re.I):
            return Fraction(str(percent))
    for pattern in fractions:
        match = rx.fullmatch(pattern, raw, re.I)
        if match and int(match.group("den")) and int(match.group("num")) <= int(match.group("den")):
            return Fraction(int(match.group("num")) * 100, int(match.group("den")))
    if not units:
        return None
    unit = "|".join(f"(?:{u})" for u in units)
    total = Fraction(0)
    position = 0
    found = False
    for match in rx.finditer(r"\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<u>" + unit + r")", raw, re.I):
        if match.start() != position:
            return None
        read = read_number(match.group("n"))
        if not read.ok or read.value is None:
            return None
        worth = next(v for u, v in units.items() if rx.fullmatch(u, match.group("u"), re.I))
        total += Fraction(str(read.value)) * Fraction(str(worth))
        position = match.end()
        found = True
    if not found or raw[position:].strip():
        return None
    return total


def durations_as_hours(text: str, patterns: Iterable[str], write: str, *, ones: Iterable[str] = (),
                       flags: int = 0) -> str:
    """``text`` with each duration in mixed units written once in hours: hours and minutes as one figure,
    "4時間半" -> "4.5時間", "30分" -> "0.5時間", so no part of a duration is dropped by a reader of hours.

    Each pattern names its parts with groups "hours", "minutes" and "half" (any may be missing); ``write`` is the
    hours written back (``{hours}`` the figure); ``ones`` are words meaning one ("an hour and a half"). Minutes that
    are no exact decimal of an hour (20 minutes is 1/3 h) are written with a float's full precision
    (5.333333333333333), never rounded to a shorter figure: the calculators read it back as the fraction it stands
    for, so a plan at exactly one third still meets "at most 1/3".
    """
    one_words = [w.lower() for w in ones]

    def _hours(match: re.Match[str]) -> str:
        parts = match.groupdict()
        total = Fraction(0)
        hours = (parts.get("hours") or "").strip()
        if hours:
            if hours.lower() in one_words:
                total += 1
            else:
                read = read_number(hours)
                if not read.ok or read.value is None:
                    return match.group(0)
                total += Fraction(str(read.value))
        if parts.get("minutes"):
            read = read_number(parts["minutes"])
            if not read.ok or read.value is None:
                return match.group(0)
            total += Fraction(str(read.value)) / 60
        if parts.get("half"):
            total += Fraction(1, 2)
        return write.format(hours=_hours_figure(total))

    for pattern in patterns:
        text = rx.sub(pattern, _hours, text, flags=flags)
    return text


def _hours_figure(total: Fraction) -> str:
    """A number of hours as written back into a message: an exact decimal when there is one (4.5, 3.75), else the
    float nearest to it (16/3 -> 5.333333333333333)."""
    denominator = total.denominator
    for prime in (2, 5):
        while denominator % prime == 0:
            denominator //= prime
    if denominator != 1:
        return repr(float(total))
    exact = Decimal(total.numerator) / Decimal(total.denominator)
    return format(exact.normalize(), "f") if exact != exact.to_integral_value() else str(int(exact))
