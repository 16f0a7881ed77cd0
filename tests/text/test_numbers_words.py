"""bot.text.numbers: number words, ordinals and kanji numerals become digits; nothing else is rewritten."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from bot.text.numbers import kanji_to_digits, strip_ordinal, words_to_digits

UNITS = r"days?|weeks?|employees?|hours?"


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=1, max_value=99999))
def test_number_words_become_the_same_integer(n: int) -> None:
    assert words_to_digits(f"we have {num2words(n)} employees", units=UNITS) == f"we have {n} employees"


def test_hyphenated_units_and_small_words_before_units() -> None:
    assert words_to_digits("a thirty-hour course over two weeks", units=UNITS) == "a 30 hour course over 2 weeks"
    assert words_to_digits("one of them asked", units=UNITS) == "one of them asked"  # prose stays prose


def test_ordinals_only_before_count_nouns() -> None:
    assert strip_ordinal("our 301st employee", before="employees?") == "our 301 employee"
    assert strip_ordinal("the 21st century", before="employees?") == "the 21st century"


def test_kanji_numerals_before_counters() -> None:
    pattern = "(?P<value>[一二三四五六七八九十百千万]{2,}|[二三四五六七八九十百千万])(?=人|時間)"
    assert kanji_to_digits("四十五人と六百時間", pattern) == "45人と600時間"
    assert kanji_to_digits("一人ひとり十分に", pattern) == "一人ひとり十分に"


def test_a_kanji_numeral_inside_a_kept_name_stays_a_name() -> None:
    from bot.text.numbers import kanji_to_digits

    pattern = r"(?P<value>[〇一二三四五六七八九十百千万]+)(?=\s*(?:人|名|日))"
    assert kanji_to_digits("四日市在住、常勤は四十五人", pattern, keep=["四日市"]) == "四日市在住、常勤は45人"
    assert kanji_to_digits("四日間", pattern) == "4日間"
