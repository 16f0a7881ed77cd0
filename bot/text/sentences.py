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
    lang = language or detect_language(text)
    return [s.strip() for s in _segmenter(lang).segment(text) if s.strip()]
