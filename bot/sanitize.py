"""One sanitiser for every text a person sends the bot (the chat box, its API, ``bot ask``/``bot chat``):
no character can break a conversation or the screen it is shown on, and no number is changed.

- a lone surrogate (half of a UTF-16 pair, which no encoder can write) becomes U+FFFD;
- NUL and the other control characters (except newline and tab) and the bidirectional overrides and
  isolates (which reorder how the text is shown) become a space: a space, not nothing, so "4<NUL>5" can
  never turn into the number 45;
- line endings become ``\\n``; outer whitespace is stripped.

Text normalisation for understanding (width, case, numbers) is not done here: bot/text does that.
"""

from __future__ import annotations

import re

from bot.errors import MessageTooLongError

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls except \t and \n, DEL, the bidi marks/embeddings/overrides/isolates, the BOM and
# the non-characters U+FFFE/U+FFFF.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]"
)


def clean_text(text: str) -> str:
    """``text`` with every unsafe character replaced (see the module docstring), stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    return _UNSAFE.sub(" ", text).strip()


def checked_message(text: str | None, max_chars: int) -> str:
    """The cleaned message; ``MessageTooLongError`` (saying the limit) when it is longer than ``max_chars``."""
    if text is not None and len(text) > 4 * max_chars:  # do not clean megabytes only to refuse them
        raise MessageTooLongError(_too_long(len(text), max_chars))
    cleaned = clean_text(text or "")
    if len(cleaned) > max_chars:
        raise MessageTooLongError(_too_long(len(cleaned), max_chars))
    return cleaned


def _too_long(length: int, max_chars: int) -> str:
    return (
        f"The message is {length:,} characters long; at most {max_chars:,} are accepted (BOT_MAX_MESSAGE_CHARS). "
        "Shorten it, or ask one question at a time."
    )
