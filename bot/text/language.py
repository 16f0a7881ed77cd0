"""One language/script detector for the two languages the bot answers in.

The bot answers in English or Japanese; a message with kana or kanji is Japanese (short questions such as
"JIPに応募できますか" mix scripts, and a Latin acronym inside one does not make it English).
"""

from __future__ import annotations

import unicodedata
from typing import Literal

Language = Literal["en", "ja"]


def _is_cjk(ch: str) -> bool:
    if "\u3040" <= ch <= "\u30ff" or "\u31f0" <= ch <= "\u31ff" or "\uff66" <= ch <= "\uff9f":
        return True  # hiragana, katakana, half-width katakana
    return unicodedata.name(ch, "").startswith("CJK UNIFIED IDEOGRAPH")


def has_cjk(text: str) -> bool:
    return any(_is_cjk(ch) for ch in text)


def has_letters_or_digits(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def detect_language(text: str, default: Language = "en") -> Language:
    """'ja' when the text has kana or kanji, 'en' when it has Latin letters only, else ``default``."""
    if has_cjk(text):
        return "ja"
    if any(ch.isalpha() for ch in text):
        return "en"
    return default
