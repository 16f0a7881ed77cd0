"""Class: a reading kept per text (Understander.parse, TextAnalyzer.analyze and document_tokens keep theirs, since one
turn reads the same pieces many times) is never shared: what one caller changes in its copy, the next caller of the
same text does not see."""

from __future__ import annotations

from bot.query import TextAnalyzer
from tests.knowledge import repo_understander

UNDERSTANDER = repo_understander()
MESSAGE = "We have 45 full-time staff. How many technical intern trainees can we accept per year?"


def test_a_changed_parse_is_not_the_next_callers():
    first = UNDERSTANDER.parse(MESSAGE)
    assert first.slots.get("full_time_employees") == 45
    first.slots["full_time_employees"] = 99
    first.intents.append("changed")
    first.correction = True
    again = UNDERSTANDER.parse(MESSAGE)
    assert again.slots["full_time_employees"] == 45
    assert "changed" not in again.intents and not again.correction


def test_a_changed_analysis_is_not_the_next_callers():
    analyzer = TextAnalyzer()
    first = analyzer.analyze("How long can a technical intern trainee stay?")
    kept = list(first.tokens)
    first.tokens.append("changed")
    first.units.clear()
    again = analyzer.analyze("How long can a technical intern trainee stay?")
    assert again.tokens == kept and "changed" not in again.tokens


def test_changed_document_tokens_are_not_the_next_callers():
    analyzer = TextAnalyzer()
    first = analyzer.document_tokens("Trainees may stay up to five years.")
    kept = list(first)
    first.append("changed")
    assert analyzer.document_tokens("Trainees may stay up to five years.") == kept
