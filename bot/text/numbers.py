"""Read a number exactly as the user typed it, or say why it cannot be read.

"45", "1,200" and "12.5" are read; "-5" (negative), "1e3" (exponent), "41-50" (a range) and "3.5" where a
whole number is needed are reported with a reason code instead of being silently changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

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


def read_number(text: str, *, whole: bool = False) -> ReadNumber:
    """The number in ``text`` (already NFKC-normalised), or the reason it cannot be used as typed."""
    raw = text.strip()
    compact = raw.replace(" ", "")
    if re.search(r"\d\s*[-~〜–]\s*\d", raw):
        return ReadNumber(raw, reason="range")
    if compact.startswith(("-", "−")):
        return ReadNumber(raw, reason="negative")
    compact = compact.lstrip("+")
    if re.search(r"\d[eE][-+]?\d", compact):
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
