"""Typo tolerance as a class (bot/text/spelling.py): any one-edit typo (a swap of two neighbouring letters, a
letter added, dropped or changed) of a domain word of six or more letters is read as that word; an ordinary
English word, a short word, a number or a code is never changed."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.text.spelling import Speller, dictionary_words
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
SPELLER = UNDERSTANDER.speller
DOMAIN = ["employees", "trainees", "internship", "peripheral", "required", "related", "practical", "excellent",
          "eligible", "nationality", "Indonesia", "Bangladesh", "certification", "curriculum", "workers",
          "industrial", "English", "Chinese", "skilled", "living"]


def _typos(word: str) -> list[str]:
    """Every one-edit typo of ``word`` inside it (first and last letters kept, as people type)."""
    inner = range(1, len(word) - 1)
    out = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 2)}  # swaps
    out |= {word[:i] + word[i + 1:] for i in inner}  # a dropped letter
    out |= {word[:i] + c + word[i:] for i in inner for c in "aeiourstn"}  # a letter added
    return sorted(t for t in out if t.lower() != word.lower())


@pytest.mark.parametrize("word", DOMAIN)
def test_nearly_every_one_edit_typo_of_a_domain_word_is_read_as_it(word: str) -> None:
    typos = [t for t in _typos(word) if t.lower() not in dictionary_words("en") and len(t) >= SPELLER.min_length]
    wrong = {t: SPELLER.correct_word(t) for t in typos if SPELLER.correct_word(t).lower() != word.lower()}
    # a typo that is equally near another domain word is left as typed, never guessed: allow a few
    assert len(wrong) <= max(1, len(typos) // 10), wrong


@settings(max_examples=200, deadline=None)
@given(word=st.sampled_from(sorted(w for w in dictionary_words("en") if w.isalpha() and len(w) >= 6)))
def test_an_ordinary_english_word_is_never_changed(word: str) -> None:
    assert SPELLER.correct_word(word) == word


@pytest.mark.parametrize("text", ["N3", "FY2024", "45", "1e3", "3.5", "e-Gov", "Hi", "staf", "ages", "yen"])
def test_numbers_codes_and_short_words_are_never_fuzzed(text: str) -> None:
    assert SPELLER.correct(text) == text


def test_case_is_kept_and_ties_are_left_alone() -> None:
    speller = Speller(["related", "relates"], min_length=6)
    assert speller.correct("Realted") == "Related"
    assert speller.correct("relatex") == "relatex"  # one edit from both: not guessed


@pytest.mark.parametrize("text,slot,value", [
    ("We have 45 full-time empolyees. How many trainees can we accept?", "full_time_employees", 45),
    ("Check my plan: reqiured 500, realted 300, perihperal 200 hours", "peripheral_hours", 200),
    ("I'm Chniese, 26, liivng in Shanghai. Can I apply to the Japan Intenrship Program?", "nationality", "China"),
    ("Sorry, I meant 15 pratcical hours.", "practical_hours", 15),
])
def test_typos_reach_the_slots(text: str, slot: str, value) -> None:
    assert UNDERSTANDER.parse(text).slots.get(slot) == value


def test_the_message_as_understood_is_what_is_searched() -> None:
    assert "trainee" in UNDERSTANDER.parse("How long can a trianee stay?").text


def test_japanese_is_not_fuzzed() -> None:
    assert UNDERSTANDER.parse("従業員45人です").text == "従業員45人です"


# --- a message after a greeting, politeness or a filler is understood as the message itself --------------------
LEAD_INS = {"en": ["Hi, ", "Hello! ", "Hi there. ", "Quick question: ", "Please help: ", "Sorry to bother you, ",
                   "Um, ", "So, ", "Basically, ", "Honestly, ", "Just wondering, "],
            "ja": ["こんにちは。", "教えてください。", "お手数ですが、", "ちなみに、"]}
MESSAGES = {"en": [("actually it's 95", "correction"), ("sorry, I meant 35", "correction"),
                   ("We have 45 full-time staff. How many trainees can we accept?", "full_time_employees")],
            "ja": [("いや、60人です", "correction"), ("従業員45人です。実習生は何人受け入れられますか？", "full_time_employees")]}


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_lead_in_changes_nothing(lang: str) -> None:
    for lead in LEAD_INS[lang]:
        for message, what in MESSAGES[lang]:
            plain, led = UNDERSTANDER.parse(message), UNDERSTANDER.parse(lead + message)
            assert (led.correction, led.slots, led.intents) == (plain.correction, plain.slots, plain.intents), lead
            assert led.correction if what == "correction" else led.slots[what] == 45
    assert UNDERSTANDER.parse("教えてください。こんにちは").greeting
    assert UNDERSTANDER.parse("Hi").greeting and UNDERSTANDER.parse("Hi").text == "Hi"
