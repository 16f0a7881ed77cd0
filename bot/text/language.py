"""One language/script detector for the two languages the bot answers in.

The bot answers in English or Japanese. Messages mix scripts both ways: a Japanese question names "JIP" or
"Re-Skills", and an English one names "優良" or "一般監理団体" (the official terms). The language is the
script that carries most of the text, a kana or kanji character weighing as much as a few Latin letters.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

Language = Literal["en", "ja"]

# One kana or kanji character carries about as much text as three Latin letters (a word of Japanese is two
# to three characters, an English word five to six letters), so "JIPに応募できますか" is Japanese and
# "We are a 優良 company with 310 staff" is English.
CJK_WEIGHT = 3


def _is_cjk(ch: str) -> bool:
    if ch < "\u3040":
        return False  # Latin, digits, punctuation: below every kana and ideograph block (the common case, no name lookup)
    if "\u3040" <= ch <= "\u30ff" or "\u31f0" <= ch <= "\u31ff" or "\uff66" <= ch <= "\uff9f":
        return True  # hiragana, katakana, half-width katakana
    return unicodedata.name(ch, "").startswith("CJK UNIFIED IDEOGRAPH")


def has_cjk(text: str) -> bool:
    return any(_is_cjk(ch) for ch in text)


def has_letters_or_digits(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def detect_language(text: str, default: Language = "en") -> Language:
    """'ja' when kana and kanji carry at least as much of the text as Latin letters (``CJK_WEIGHT``), 'en' when
    Latin letters carry more, ``default`` when the text has neither (digits, symbols)."""
    cjk = sum(1 for ch in text if _is_cjk(ch))
    latin = sum(1 for ch in text if ch.isalpha() and not _is_cjk(ch))
    if not cjk and not latin:
        return default
    return "ja" if cjk * CJK_WEIGHT >= latin else "en"
