"""The one sanitiser: no character can break a conversation, and no number is changed or made up."""

from __future__ import annotations

import json

import pytest

from bot.errors import MessageTooLongError
from bot.sanitize import checked_message, clean_text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a\ud800b", "a\ufffdb"),  # lone high surrogate
        ("\udfffx", "\ufffdx"),  # lone low surrogate
        ("4\x005 staff", "4 5 staff"),  # NUL: a space, so no new number 45 appears
        ("line\r\nnext\rthird", "line\nnext\nthird"),
        ("ab\u202ecba\u202c", "ab cba"),  # bidi override and pop
        ("x\u2066y\u2069", "x y"),  # bidi isolates
        ("\ufeffhello\x1b[31m", "hello [31m"),  # BOM and an escape sequence
        ("tab\tkept", "tab\tkept"),
        ("日本語 😀 ok", "日本語 😀 ok"),
    ],
)
def test_every_unsafe_character_is_replaced(raw: str, expected: str):
    cleaned = clean_text(raw)
    assert cleaned == expected
    json.dumps(cleaned, ensure_ascii=False).encode("utf-8")  # always encodable


def test_the_size_limit_is_a_clear_error():
    assert checked_message("  hello  ", 10) == "hello"
    with pytest.raises(MessageTooLongError) as info:
        checked_message("x" * 11, 10)
    assert "11 characters" in str(info.value) and "BOT_MAX_MESSAGE_CHARS" in str(info.value)
    with pytest.raises(MessageTooLongError):
        checked_message("x" * 10_000_000, 10)  # refused before any cleaning work
    assert checked_message(None, 10) == ""
