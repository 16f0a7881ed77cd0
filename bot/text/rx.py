"""The ``re`` module-level functions, with a compiled-pattern cache large enough for this project.

``re.search(pattern, text)`` compiles ``pattern`` through a cache of 512 entries (Python 3.11). The reading
layer, the selector and the language packs use more distinct patterns than that in one turn (most of them kept
as data), so the cache evicted them in turn and every reply recompiled over a thousand patterns: that was most of
a slow turn's time (the eval's p95 rose from about 40 ms to over 400 ms). These functions keep the same
signatures and compile each (pattern, flags) once, in a bounded cache of their own; ``re`` keeps its cache for
the libraries (pysbd) that use it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

# Patterns come from code and data (a few thousand); patterns built around a user's words (re.escape) come and
# go, so the cache is bounded rather than unlimited.
CACHE_SIZE = 16_384

Pattern = str | re.Pattern[str]
Replacement = str | Callable[[re.Match[str]], str]


@lru_cache(maxsize=CACHE_SIZE)
def compile(pattern: Pattern, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    """``re.compile`` through this module's cache."""
    return re.compile(pattern, flags)


def search(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).search(string)


def match(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).match(string)


def fullmatch(pattern: Pattern, string: str, flags: int = 0) -> re.Match[str] | None:
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: Pattern, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compile(pattern, flags).finditer(string)


def findall(pattern: Pattern, string: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(string)


def sub(pattern: Pattern, repl: Replacement, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern: Pattern, repl: Replacement, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern: Pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).split(string, maxsplit)
