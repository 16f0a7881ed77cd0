"""One normaliser for user text: NFKC (full-width digits and letters become ASCII: ４５ -> 45), no
zero-width or control characters, single spaces."""

from __future__ import annotations

import unicodedata

from bot.text import rx

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def normalise(text: str) -> str:
    """NFKC, no control characters, whitespace runs collapsed to one space, trimmed."""
    text = unicodedata.normalize("NFKC", text or "").translate(_ZERO_WIDTH)
    text = "".join(ch if (ch in "\n\t" or unicodedata.category(ch)[0] != "C") else " " for ch in text)
    return rx.sub(r"\s+", " ", text).strip()
