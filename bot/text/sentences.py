"""One sentence splitter (pysbd: rule-based, knows "No. 1", "e.g." and Japanese 。！？)."""

from __future__ import annotations

import functools

from bot.text.language import Language, detect_language


@functools.lru_cache(maxsize=4)
def _segmenter(language: str):
    import pysbd

    return pysbd.Segmenter(language=language, clean=False)


def split_sentences(text: str, language: Language | None = None) -> list[str]:
    """The sentences of ``text`` (stripped, empty ones dropped); language detected when not given."""
    if not text.strip():
        return []
    return list(_split(text, language or detect_language(text)))


@functools.lru_cache(maxsize=1024)
def _split(text: str, language: str) -> tuple[str, ...]:
    # A turn splits its message several times (each asking part, each reading): pysbd takes about 1 ms a call, a
    # sixth of a turn's time when it ran every time (eval/bench_agent.py profile, 2026-12-06)
    return tuple(s.strip() for s in _segmenter(language).segment(text) if s.strip())


def forget() -> None:
    """Drop the remembered splits (the benchmark's rounds start as if every message were new)."""
    _split.cache_clear()
