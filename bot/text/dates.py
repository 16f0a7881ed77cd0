"""Whether a piece of text names one calendar day ("1 August 2024", "August 1, 2024", "2024-08-01", "2024/8/1",
"2024年8月1日"): a value stated for a day (an age "on 1 August 2024") is compared with the day a rule counts it on."""

from __future__ import annotations

import calendar
import re
from datetime import date

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ABBREVIATIONS = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_FORMS = [
    (re.compile(rf"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s*(?P<y>\d{{4}})\b"), False),
    (re.compile(rf"(?i)\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<y>\d{{4}})\b"), False),
    (re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"), True),
    (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), True),
]


def month_number(name: str) -> int | None:
    """The month a stated month names: its number ("8", "08") or its English name, full or short, read by its
    first three letters ("Aug", "august", "Sept."); None for anything else."""
    name = name.strip()
    return int(name) if name.isdigit() else _ABBREVIATIONS.get(name[:3].lower())


def days_named(text: str) -> list[date]:
    """The calendar days ``text`` names in full (day, month and year), in order; impossible ones are skipped."""
    found: list[tuple[int, date]] = []
    for pattern, numeric in _FORMS:
        for match in pattern.finditer(text):
            month = int(match["m"]) if numeric else _MONTHS[match["m"].lower()]
            try:
                found.append((match.start(), date(int(match["y"]), month, int(match["d"]))))
            except ValueError:
                continue
    return [day for _, day in sorted(found, key=lambda item: item[0])]


def names_only(text: str, day: date) -> bool:
    """``text`` names ``day`` and no other day."""
    named = days_named(text)
    return bool(named) and all(d == day for d in named)
