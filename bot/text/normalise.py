"""One normaliser for user text: NFKC (full-width digits and letters become ASCII: ４５ -> 45), no
zero-width or control characters, single spaces."""

from __future__ import annotations

import unicodedata

from bot.text import rx

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)


def enclosed_numbers(text: str) -> str:
    """Numbers of a numbered list written enclosed (①, ⑵, ⒊, ❹) as "(1) ": NFKC alone writes ① as a bare 1, which
    glues it to the number after it (「①2019年に」 would read as the year 12019)."""
    if text.isascii():
        return text
    return "".join(_enclosed(ch) for ch in text)


def _enclosed(ch: str) -> str:
    if ch.isascii() or unicodedata.category(ch) != "No":
        return ch
    name = unicodedata.name(ch, "")
    if not any(word in name for word in ("CIRCLED", "PARENTHESIZED", "FULL STOP")):
        return ch  # superscripts and fractions (m², ½) keep their NFKC reading
    value = unicodedata.numeric(ch, -1)
    return f"({int(value)}) " if value >= 0 and value == int(value) else ch


def normalise(text: str) -> str:
    """NFKC (enclosed list numbers as "(1) "), no control characters, whitespace runs collapsed to one space,
    trimmed."""
    text = unicodedata.normalize("NFKC", enclosed_numbers(text or "")).translate(_ZERO_WIDTH)
    text = "".join(ch if (ch in "\n\t" or unicodedata.category(ch)[0] != "C") else " " for ch in text)
    return rx.sub(r"\s+", " ", text).strip()
