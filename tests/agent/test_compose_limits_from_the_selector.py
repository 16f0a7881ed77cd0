"""Class (review): the yes/no limits a knowledge answer reads are the ones the selector holds (read once for its
glossary), passed to the helpers that need them (compose._without_answered_words), not loaded by each."""

from __future__ import annotations

from bot.agent import compose
from bot.agent.selection import LexicalSentenceSelector
from bot.answers.focus import FocusCheck


class _Limits:
    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []

    def answered_word(self, kind: str, word: str) -> bool:
        self.asked.append((kind, word))
        return word == "automatic"


def test_the_selector_holds_the_limits_once() -> None:
    selector = LexicalSentenceSelector()
    assert selector.limits is selector.limits
    assert compose._limits(selector, None) is selector.limits


def test_the_answered_words_are_read_by_the_limits_given() -> None:
    limits = _Limits()
    check = FocusCheck(missing=("automatic", "budget"), about="MHLW")
    left = compose._without_answered_words(check, ["separately"], limits)
    assert left is not None and left.missing == ("budget",)
    assert ("separately", "automatic") in limits.asked
    assert compose._without_answered_words(FocusCheck(missing=("automatic",)), ["separately"], limits) is None
