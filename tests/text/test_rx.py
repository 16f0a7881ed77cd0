"""bot.text.rx: the ``re`` functions over a cache large enough for the project's patterns (Python's own keeps 512,
fewer than one turn uses, so every turn recompiled over a thousand of them)."""

from __future__ import annotations

import re

import pytest

from bot.text import rx

TEXT = "We have 45 full-time staff, 3 part-timers and 2 directors."


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: rx.search(r"\d+", TEXT).group(0), re.search(r"\d+", TEXT).group(0)),
        (lambda: rx.match(r"we", TEXT, re.I) is not None, True),
        (lambda: rx.fullmatch(r"\d+", "45").group(0), "45"),
        (lambda: rx.findall(r"\d+", TEXT), ["45", "3", "2"]),
        (lambda: [m.span() for m in rx.finditer(r"\d+", TEXT)], [m.span() for m in re.finditer(r"\d+", TEXT)]),
        (lambda: rx.sub(r"\d+", "N", TEXT, count=2), re.sub(r"\d+", "N", TEXT, count=2)),
        (lambda: rx.sub(r"\d+", lambda m: m.group(0) * 2, TEXT), re.sub(r"\d+", lambda m: m.group(0) * 2, TEXT)),
        (lambda: rx.subn(r"staff", "people", TEXT, flags=re.I), re.subn(r"staff", "people", TEXT, flags=re.I)),
        (lambda: rx.split(r",\s*", TEXT, maxsplit=1), re.split(r",\s*", TEXT, maxsplit=1)),
    ],
)
def test_each_function_gives_what_re_gives(call, expected):
    assert call() == expected


def test_a_pattern_is_compiled_once_however_many_others_are_used_between():
    """Beyond re's 512 entries: a pattern used again after a thousand others is not compiled again."""
    first = rx.compile(r"(?i)\bfull[- ]time\b")
    for n in range(1500):
        rx.search(rf"x{n}y", TEXT)
    assert rx.compile(r"(?i)\bfull[- ]time\b") is first
    assert rx.CACHE_SIZE > 1500


def test_flags_are_part_of_the_key():
    assert rx.search(r"WE", TEXT) is None
    assert rx.search(r"WE", TEXT, re.I) is not None


def test_a_compiled_pattern_is_accepted_as_re_accepts_it():
    pattern = re.compile(r"\d+")
    assert rx.findall(pattern, TEXT) == ["45", "3", "2"]
    with pytest.raises(ValueError):
        rx.search(pattern, TEXT, re.I)  # as re: flags cannot be added to a compiled pattern
