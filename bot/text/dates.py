"""Whether a piece of text names one calendar day ("1 August 2024", "August 1, 2024", "2024-08-01", "2024/8/1",
"2024年8月1日"): a value stated for a day (an age "on 1 August 2024") is compared with the day a rule counts it on.
Also: the parts a written date states (a birth date, a range's ends), the age on a day from a birth date, and the
days of a range with both ends counted, and a month of a year moved by some months ("the month before" November 2019
is October 2019)."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

from dateutil import parser  # python-dateutil (a direct dependency, pyproject.toml)

from bot.text import rx

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ABBREVIATIONS = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_FORMS = [
    (rx.compile(rf"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})\.?,?\s*(?P<y>\d{{4}})\b"), False),
    (rx.compile(rf"(?i)\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<y>\d{{4}})\b"), False),
    (rx.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"), True),
    (rx.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), True),
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


# a date written with its day and month as numbers before the year ("10/09/1984", "20.09.1984", "09-20-1984")
_NUMBERS_BEFORE_YEAR = rx.compile(r"(?<![\d/.-])(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>(?:19|20)\d\d)\b")


def day_month_readings(text: str) -> list[tuple[int, int, int]]:
    """The dates (year, month, day) a date written with its day and month as numbers before the year can be: one when
    only one order makes a date ("20/09/1984" is day/month, "09/20/1984" month/day), two when both do, day/month first
    ("10/09/1984": 10 September, then 9 October); [] when ``text`` writes no such date or both numbers are the same."""
    match = _NUMBERS_BEFORE_YEAR.search(text)
    if not match:
        return []
    a, b, year = int(match["a"]), int(match["b"]), int(match["y"])
    orders = [(year, b, a), (year, a, b)] if a != b else [(year, b, a)]
    return [order for order in orders if _valid(*order)]


# a day of a range written as two numbers, maybe with a year ("1/10", "15/11", "10/1/2024", "1/10/24")
_NUMBERS_ONLY = rx.compile(r"^\s*(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.](?P<y>(?:19|20)?\d\d))?\s*$")
DAY_MONTH, MONTH_DAY = "day_month", "month_day"


def numeric_range_readings(start: str, end: str, first: str = DAY_MONTH) -> list[
        tuple[tuple[int | None, int, int], tuple[int | None, int, int], str]] | None:
    """The readings of a range whose ends are both written as two numbers ("1/10 to 15/11", 「10/1〜11/14」): per order
    (``first``, then the other) that makes both ends days with the end not before the start, the start, the end (year,
    month, day) and the order; both ends are read in the same order ("15/11" is day/month, so "1/10" beside it is 1
    October, never 10 January). One reading when only one order makes a range or both give the same days; None when an
    end is no such date."""
    ends = [_NUMBERS_ONLY.match(end_text) for end_text in (start, end)]
    if not all(ends):
        return None
    found: list[tuple[tuple[int | None, int, int], tuple[int | None, int, int], str]] = []
    for order in (first, MONTH_DAY if first == DAY_MONTH else DAY_MONTH):
        read = []
        for match in ends:
            year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0) if match["y"] else None
            a, b = int(match["a"]), int(match["b"])
            read.append((year, b, a) if order == DAY_MONTH else (year, a, b))
        if not all(_valid(*day) for day in read) or days_between(read[0], read[1]) is None:
            continue
        if any((s, e) == (read[0], read[1]) for s, e, _ in found):
            continue
        found.append((read[0], read[1], order))
    return found


def date_parts(text: str, eras: dict[str, int] | None = None) -> tuple[int | None, int | None, int | None] | None:
    """The year, month and day a written date gives ("15 September 1983", "Sept 15, 1983", "oct 1", "1983-09-15",
    "1983年9月15日", "10月1日", "昭和58年9月15日" with ``eras``: an era name -> the year before its first year), each None
    when not stated ("1984", "1983年", "oct 1"); None when ``text`` names no date. English forms are read by dateutil's
    parser; a day and month written as numbers before the year are read day/month when both orders make a date
    (``day_month_readings``)."""
    readings = day_month_readings(text)
    if readings:
        return readings[0]
    for name, before in (eras or {}).items():
        text = rx.sub(rf"{name}\s*(\d{{1,2}}|元)\s*年",
                      lambda m, b=before: f"{b + (1 if m[1] == '元' else int(m[1]))}年", text)
    numeric = rx.search(r"(?:((?:19|20)\d\d)\s*年)?\s*(?:(\d{1,2})\s*月)?\s*(?:(\d{1,2})\s*日)?", text)
    if numeric and numeric.group(0).strip() and rx.search(r"[年月日]", numeric.group(0)):
        year, month, day = (int(g) if g else None for g in numeric.groups())
        if day is not None and month is None and year is not None:
            return None
        return (year, month, day) if _valid(year, month, day) else None
    try:  # a part missing from the text takes each default's value: the two defaults tell which are missing
        early = parser.parse(text, default=datetime(2000, 1, 1), fuzzy=True)
        late = parser.parse(text, default=datetime(2001, 12, 28), fuzzy=True)
    except (ValueError, OverflowError):
        return None
    year = early.year if early.year == late.year and rx.search(rf"\b{early.year}\b", text) else None
    month = early.month if early.month == late.month else None
    day = early.day if early.day == late.day and month is not None else None
    return year, month, day


# a birth year written with two figures alone ("'85", "85", 「85年」)
_TWO_FIGURE_YEAR = rx.compile(r"^\s*['’‘]?(?P<y>\d\d)\s*年?\s*$")
# the fewest years a person born in a year written with two figures is taken to be: "born 05" is 2005, "born 25" 1925
_YOUNGEST = 10


def two_figure_year(text: str, today: date | None = None) -> int | None:
    """The year a birth year written with two figures names ("'85" 1985, "05" 2005): this century's when that makes the
    person ``_YOUNGEST`` years old or more today, else the last century's; None for any other text."""
    match = _TWO_FIGURE_YEAR.match(text)
    if not match:
        return None
    year = 2000 + int(match["y"])
    return year if year <= (today or date.today()).year - _YOUNGEST else year - 100


def birth_parts(text: str, eras: dict[str, int] | None = None) -> tuple[int, int | None, int | None] | None:
    """A birth date's year, month and day (``date_parts``; a year written with two figures: ``two_figure_year``): None
    when no year is stated."""
    year = two_figure_year(text)
    if year is not None:
        return year, None, None
    parts = date_parts(text, eras)
    if parts is None or parts[0] is None:
        return None
    return parts[0], parts[1], parts[2]


def days_between(start: tuple[int | None, int, int], end: tuple[int | None, int, int]) -> int | None:
    """The days from ``start`` to ``end`` (year, month, day), both ends counted. A side without a year takes the
    other's; with no year at all only the months' lengths count (February of 28 days), the end in the next year when
    it comes before the start; None for an impossible day or an end before the start."""
    start_year = start[0] if start[0] is not None else end[0]
    end_year = end[0] if end[0] is not None else start[0]
    if start_year is None or end_year is None:
        start_year = end_year = 2001
    if end[0] is None and (end[1], end[2]) < (start[1], start[2]):
        end_year += 1
    try:
        first, last = date(start_year, start[1], start[2]), date(end_year, end[1], end[2])
    except ValueError:
        return None
    return (last - first).days + 1 if last >= first else None


def month_last_day(year: int | None, month: int) -> int:
    """The last day of ``month`` ("end of october": 31); with no year February's is the 28th (``days_between``'s
    year without one)."""
    return calendar.monthrange(year or 2001, month)[1]


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    try:
        date(year or 2000, month or 1, day or 1)  # no year: a leap one, so 29 February is a day
    except ValueError:
        return False
    return True


def age_on(year: int, month: int, day: int, on: date) -> int:
    """The age on ``on`` of someone born on year-month-day (a birthday on ``on`` itself counts)."""
    return on.year - year - ((on.month, on.day) < (month, day))


def ages_on(year: int, month: int | None, day: int | None, on: date) -> set[int]:
    """Every age on ``on`` a birth date with its month or day unknown allows (one age when it is known)."""
    if month is not None and day is not None:
        return {age_on(year, month, day, on)}
    months = [month] if month is not None else list(range(1, 13))
    return {age_on(year, m, d, on) for m in months for d in (1, calendar.monthrange(year, m)[1])}


_MONTH_NAMES = [name for name in calendar.month_name if name]
_MONTH_WORD = r"(?P<{}>" + "|".join(f"{name[:3]}(?:{name[3:]})?" for name in _MONTH_NAMES) + r")\.?"
# a month of a year as a question names it: "November 2019", "Nov. 2019", "2019 Nov", "2019年11月"
_MONTH_OF_YEAR = re.compile(
    r"(?i)\b" + _MONTH_WORD.format("name") + r",?\s+(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?P<year2>(?:19|20)\d\d)\s+" + _MONTH_WORD.format("name2") + r"(?![a-z])"
    r"|(?P<year3>(?:19|20)\d\d)\s*年\s*(?P<number>\d{1,2})\s*月")


def moved_months(text: str, months: int) -> str:
    """``text`` with each month of a year it names moved by ``months`` (November of a year -> October of it for -1,
    December -> January of the next year for +1), each written as it was (a month's name, its short form, 年月)."""
    if not months:
        return text

    def move(match: re.Match[str]) -> str:
        name = match["name"] or match["name2"]
        year = int(match["year"] or match["year2"] or match["year3"])
        month = month_number(name) if name else int(match["number"])
        if month is None or not 1 <= month <= 12:
            return match.group(0)
        year, month = divmod(year * 12 + month - 1 + months, 12)
        month += 1
        if match["number"]:
            return f"{year}年{month}月"
        written = calendar.month_name[month] if len(name.rstrip(".")) > 3 else calendar.month_abbr[month]
        return f"{written} {year}" if match["name"] else f"{year} {written}"

    return _MONTH_OF_YEAR.sub(move, text)


def names_a_month_of_year(text: str) -> bool:
    """Whether ``text`` names a month of a year ("November 2019", "2019 Nov", "2019年11月")."""
    return _MONTH_OF_YEAR.search(text) is not None
