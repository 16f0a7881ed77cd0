"""Hiragana as katakana: the one conversion the reading needs ("べとなむ" is ベトナム, a country name CLDR knows in
katakana). No maintained converter (jaconv, pykakasi) is a dependency, and for this one conversion the Unicode
blocks suffice: each hiragana letter ぁ..ゖ sits 0x60 below its katakana letter; the long-vowel mark ー is shared."""

from __future__ import annotations

import re

HIRAGANA_RUN = re.compile(r"[ぁ-ゖー]+")
_OFFSET = ord("ァ") - ord("ぁ")


def to_katakana(text: str) -> str:
    """``text`` with every hiragana letter written in katakana (other characters unchanged, same length)."""
    return "".join(chr(ord(ch) + _OFFSET) if "ぁ" <= ch <= "ゖ" else ch for ch in text)
